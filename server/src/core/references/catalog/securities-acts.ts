import { ECFR, fromRows, type CatalogEntry } from './entry';

// Rules under the Exchange Act (17 CFR 240) and the Securities Act (17 CFR 230) that letters cite, statutes,
// and Rule 83 (17 CFR 200.83). General knowledge (K) unless the reference research confirmed it (C).

export const EXCHANGE_ACT_RULES: Map<string, CatalogEntry> = fromRows(
  [
    ['10b-5', 'Employment of manipulative and deceptive devices', 'K', 'The general antifraud rule.'],
    ['12b-2', 'Definitions', 'C', 'Defines accelerated filer, smaller reporting company and other terms.'],
    ['12b-4', 'Supplemental information', 'C', 'Supplemental material given to the staff may be returned on request.'],
    ['12b-20', 'Additional information', 'C', 'Add whatever is needed so required statements are not misleading.'],
    ['12b-25', 'Notification of inability to timely file all or any required portion of a Form 10-K, 10-Q ...', 'C', 'The NT 10-K / NT 10-Q late-filing notice.'],
    ['12g3-2', 'Exemptions for American depositary receipts and certain foreign securities', 'K'],
    ['13a-10', 'Transition reports', 'C'],
    ['13a-14', 'Certification of disclosure in annual and quarterly reports', 'K', 'CEO/CFO certifications (Exhibits 31 and 32).'],
    ['13a-15', 'Issuer\u2019s disclosure controls and procedures', 'K', 'Evaluating disclosure controls and ICFR.'],
    ['13e-3', 'Going private transactions by certain issuers or their affiliates', 'C'],
    ['13e-4', 'Tender offers by issuers', 'C'],
    ['14a-3', 'Information to be furnished to security holders', 'C'],
    ['14a-6', 'Filing requirements', 'C'],
    ['10A-3', 'Listing standards relating to audit committees', 'K'],
    ['10D-1', 'Listing standards relating to recovery of erroneously awarded compensation', 'K', 'The clawback listing standard (adopted 2022).'],
    ['12d1-2', 'Effectiveness of registration', 'K'],
    ['14a-9', 'False or misleading statements', 'C', 'Proxy materials must not be false or misleading.'],
    ['14a-12', 'Solicitation before furnishing a proxy statement', 'C'],
    ['14e-1', 'Unlawful tender offer practices', 'C'],
    ['15c2-11', 'Initiation or resumption of quotations without specific information', 'K'],
    ['15d-10', 'Transition reports', 'C'],
    ['15d-14', 'Certification of disclosure in annual and quarterly reports', 'K'],
    ['15d-15', 'Issuer\u2019s disclosure controls and procedures', 'K'],
    ['24b-2', 'Nondisclosure of information filed with the Commission', 'C', 'Confidential treatment for information in filed exhibits.'],
  ],
  (id) => ECFR('240', id),
);

export const SECURITIES_ACT_RULES: Map<string, CatalogEntry> = fromRows(
  [
    ['144', 'Persons deemed not to be engaged in a distribution', 'K', 'Resale of restricted and control securities.'],
    ['144A', 'Private resales of securities to institutions', 'K', 'Resales to qualified institutional buyers.'],
    ['145', 'Reclassification of securities, mergers, consolidations and acquisitions of assets', 'K'],
    ['405', 'Definitions of terms', 'C', 'Definitions used in the Securities Act rules and forms.'],
    ['406', 'Confidential treatment of information filed with the Commission', 'K'],
    ['415', 'Delayed or continuous offering and sale of securities', 'K', 'Shelf registration.'],
    ['418', 'Supplemental information', 'C', 'Supplemental material given to the staff may be returned on request.'],
    ['421', 'Presentation of information in prospectuses', 'C', 'Plain English (421(b) and (d)).'],
    ['424', 'Filing of prospectuses, number of copies', 'C', 'Filing final prospectuses (424(b)).'],
    ['425', 'Filing of certain prospectuses and communications in connection with business combination transactions', 'K'],
    ['430A', 'Prospectus in a registration statement at the time of effectiveness', 'C', 'Pricing information omitted at effectiveness.'],
    ['433', 'Conditions to permissible post-filing free writing prospectuses', 'K'],
    ['460', 'Distribution of preliminary prospectus', 'C'],
    ['461', 'Acceleration of effective date', 'C', 'Requests to accelerate effectiveness.'],
    ['462', 'Immediate effectiveness of certain registration statements and post-effective amendments', 'K'],
    ['506', 'Exemption for limited offers and sales without regard to dollar amount of offering', 'K', 'Regulation D private placements.'],
  ],
  (id) => ECFR('230', id),
);

export const RULE_83: CatalogEntry = {
  id: '83',
  title: 'Confidential treatment procedures under the Freedom of Information Act',
  mark: 'C',
  gloss: 'How to ask that information given to the staff be kept out of FOIA releases; each page must carry the confidential-treatment legend.',
  url: ECFR('200', '83'),
};

export const ACTS: Record<string, { title: string; short: string; url?: string }> = {
  'Securities Act': { title: 'Securities Act of 1933', short: 'Securities Act' },
  'Exchange Act': { title: 'Securities Exchange Act of 1934', short: 'Exchange Act' },
  'Sarbanes-Oxley Act': { title: 'Sarbanes-Oxley Act of 2002', short: 'Sarbanes-Oxley Act' },
  'Investment Company Act': { title: 'Investment Company Act of 1940', short: 'Investment Company Act' },
  'Dodd-Frank Act': { title: 'Dodd-Frank Wall Street Reform and Consumer Protection Act', short: 'Dodd-Frank Act' },
  'Internal Revenue Code': { title: 'Internal Revenue Code of 1986', short: 'Internal Revenue Code' },
};

/** 17 CFR parts and the regime each holds. */
export const CFR_PARTS: Record<string, string> = {
  '200': 'Organization; conduct and ethics; and information and requests (Rule 83 is 200.83)',
  '210': 'Regulation S-X',
  '229': 'Regulation S-K',
  '230': 'General rules and regulations, Securities Act of 1933',
  '240': 'General rules and regulations, Securities Exchange Act of 1934',
  '243': 'Regulation FD',
  '244': 'Regulation G',
  '249': 'Forms, Securities Exchange Act of 1934',
};

export const ASUS: Map<string, CatalogEntry> = fromRows(
  [
    ['2014-09', 'Revenue from Contracts with Customers (Topic 606)', 'K'],
    ['2015-09', 'Financial Services—Insurance (Topic 944): Disclosures about Short-Duration Contracts', 'K'],
    ['2014-15', "Disclosure of Uncertainties about an Entity's Ability to Continue as a Going Concern", 'K'],
    ['2016-01', 'Recognition and Measurement of Financial Assets and Financial Liabilities', 'K'],
    ['2016-02', 'Leases (Topic 842)', 'K'],
    ['2016-13', 'Measurement of Credit Losses on Financial Instruments (Topic 326)', 'K'],
    ['2017-04', 'Simplifying the Test for Goodwill Impairment', 'K'],
    ['2017-12', 'Targeted Improvements to Accounting for Hedging Activities', 'K'],
    ['2018-15', "Customer's Accounting for Implementation Costs Incurred in a Cloud Computing Arrangement That Is a Service Contract", 'K'],
    ['2020-04', 'Facilitation of the Effects of Reference Rate Reform on Financial Reporting (Topic 848)', 'K'],
    ['2020-06', "Accounting for Convertible Instruments and Contracts in an Entity's Own Equity", 'K'],
    ['2023-07', 'Improvements to Reportable Segment Disclosures (Topic 280)', 'K'],
    ['2023-08', 'Intangibles—Goodwill and Other—Crypto Assets (Subtopic 350-60)', 'C'],
    ['2023-09', 'Improvements to Income Tax Disclosures (Topic 740)', 'K'],
    ['2024-03', 'Disaggregation of Income Statement Expenses (Subtopic 220-40)', 'K'],
  ],
  () => 'https://www.fasb.org/standards/accounting-standards-updates',
);

export const FRM_URL = (topic: string): string => `https://www.sec.gov/corpfin/cf-manual/cf-topic-${topic}`;
