import { fromRows, type CatalogEntry, type Row } from './entry';
import { lazyTable } from './compact';

// Items of the periodic and current report forms (titles from the official forms as listed in the reference
// research, docs/reference-data.md §2–§6). Glosses are ours.

export const FORM_URLS: Record<string, string> = {
  '10-K': 'https://www.sec.gov/files/form10-k.pdf',
  '10-Q': 'https://www.sec.gov/files/form10-q.pdf',
  '8-K': 'https://www.sec.gov/files/form8-k.pdf',
  '20-F': 'https://www.sec.gov/files/form20-f.pdf',
  '40-F': 'https://www.sec.gov/files/form40-f.pdf',
  '6-K': 'https://www.sec.gov/files/form6-k.pdf',
  '10': 'https://www.sec.gov/files/form10.pdf',
  'S-1': 'https://www.sec.gov/files/forms-1.pdf',
  'S-3': 'https://www.sec.gov/files/forms-3.pdf',
  'S-4': 'https://www.sec.gov/files/forms-4.pdf',
  'F-1': 'https://www.sec.gov/files/formf-1.pdf',
  'F-3': 'https://www.sec.gov/files/formf-3.pdf',
  'F-4': 'https://www.sec.gov/files/formf-4.pdf',
};

const formUrl = (form: string) => () => FORM_URLS[form];
const formUrlExtra = (form: string) => () => ({ url: FORM_URLS[form] });

export const FORM_10K: Map<string, CatalogEntry> = fromRows(
  [
    ['1', 'Business', 'C', 'What the company does, its segments, markets and regulation.'],
    ['1A', 'Risk Factors', 'C', 'The material risks that make an investment speculative or risky.'],
    ['1B', 'Unresolved Staff Comments', 'C', 'Staff comments still open at year end (accelerated and large filers).'],
    ['1C', 'Cybersecurity', 'C', 'Cybersecurity risk management, strategy and governance (added 2023).'],
    ['2', 'Properties', 'C', 'Principal physical properties.'],
    ['3', 'Legal Proceedings', 'C', 'Material pending legal proceedings.'],
    ['4', 'Mine Safety Disclosures', 'C', 'Mine safety violations and matters.'],
    ['5', "Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity Securities", 'C', 'Trading market, holders, dividends and buybacks.'],
    ['6', '[Reserved]', 'C', 'Formerly Selected Financial Data.', { note: 'Was "Selected Financial Data" until the 2021 amendments (K).' }],
    ['7', "Management's Discussion and Analysis of Financial Condition and Results of Operations", 'C', 'MD&A: results, liquidity, capital resources and critical estimates.'],
    ['7A', 'Quantitative and Qualitative Disclosures About Market Risk', 'C', 'Exposure to interest-rate, currency and commodity risk.'],
    ['8', 'Financial Statements and Supplementary Data', 'C', 'The audited financial statements.'],
    ['9', 'Changes in and Disagreements With Accountants on Accounting and Financial Disclosure', 'C', 'Auditor changes and disagreements.'],
    ['9A', 'Controls and Procedures', 'C', 'Disclosure controls and internal control over financial reporting.'],
    ['9B', 'Other Information', 'C', 'Items that should have been reported on Form 8-K in the fourth quarter, and trading plans.'],
    ['9C', 'Disclosure Regarding Foreign Jurisdictions that Prevent Inspections', 'C', 'HFCAA disclosures.'],
    ['10', 'Directors, Executive Officers and Corporate Governance', 'C', 'Part III: directors, officers, governance.'],
    ['11', 'Executive Compensation', 'C', 'Part III: executive pay.'],
    ['12', 'Security Ownership of Certain Beneficial Owners and Management and Related Stockholder Matters', 'C', 'Part III: ownership tables and equity plans.'],
    ['13', 'Certain Relationships and Related Transactions, and Director Independence', 'C', 'Part III: related-party transactions.'],
    ['14', 'Principal Accountant Fees and Services', 'C', 'Part III: audit and non-audit fees.'],
    ['15', 'Exhibits and Financial Statement Schedules', 'C', 'Part IV: exhibit index and schedules.'],
    ['16', 'Form 10-K Summary', 'C', 'An optional summary.'],
  ],
  formUrl('10-K'),
);

/** Form 10-Q items, keyed "I-2", "II-1A": item numbers repeat between Part I and Part II. */
export const FORM_10Q: Map<string, CatalogEntry> = fromRows(
  [
    ['I-1', 'Financial Statements', 'C', 'The interim financial statements.'],
    ['I-2', "Management's Discussion and Analysis of Financial Condition and Results of Operations", 'C', 'Interim MD&A.'],
    ['I-3', 'Quantitative and Qualitative Disclosures About Market Risk', 'C', 'Material changes in market risk.'],
    ['I-4', 'Controls and Procedures', 'C', 'Disclosure controls and changes in internal control.'],
    ['II-1', 'Legal Proceedings', 'C', 'New or changed legal proceedings.'],
    ['II-1A', 'Risk Factors', 'C', 'Material changes to risk factors.'],
    ['II-2', 'Unregistered Sales of Equity Securities and Use of Proceeds', 'C', 'Unregistered sales and buybacks.'],
    ['II-3', 'Defaults Upon Senior Securities', 'C', 'Defaults on senior securities.'],
    ['II-4', 'Mine Safety Disclosures', 'C', 'Mine safety matters.'],
    ['II-5', 'Other Information', 'C', 'Other items, including trading arrangements.'],
    ['II-6', 'Exhibits', 'C', 'Exhibit index.'],
  ],
  formUrl('10-Q'),
);

export const FORM_8K: Map<string, CatalogEntry> = fromRows(
  [
    ['1.01', 'Entry into a Material Definitive Agreement', 'C', 'A material agreement outside the ordinary course.'],
    ['1.02', 'Termination of a Material Definitive Agreement', 'C', 'Ending a material agreement.'],
    ['1.03', 'Bankruptcy or Receivership', 'C', 'Bankruptcy or receivership.'],
    ['1.04', 'Mine Safety – Reporting of Shutdowns and Patterns of Violations', 'C', 'Mine shutdown orders and violation patterns.'],
    ['1.05', 'Material Cybersecurity Incidents', 'C', 'A cybersecurity incident judged material.'],
    ['2.01', 'Completion of Acquisition or Disposition of Assets', 'C', 'Closing a significant acquisition or disposition.'],
    ['2.02', 'Results of Operations and Financial Condition', 'C', 'Earnings releases (the usual home of non-GAAP comments).'],
    ['2.03', 'Creation of a Direct Financial Obligation or an Obligation under an Off-Balance Sheet Arrangement of a Registrant', 'C', 'New material debt or off-balance-sheet obligations.'],
    ['2.04', 'Triggering Events That Accelerate or Increase a Direct Financial Obligation or an Obligation under an Off-Balance Sheet Arrangement', 'C', 'Defaults and accelerations.'],
    ['2.05', 'Costs Associated with Exit or Disposal Activities', 'C', 'Committing to a restructuring.'],
    ['2.06', 'Material Impairments', 'C', 'Concluding a material impairment charge is required.'],
    ['3.01', 'Notice of Delisting or Failure to Satisfy a Continued Listing Rule or Standard; Transfer of Listing', 'C', 'Delisting and listing-standard notices.'],
    ['3.02', 'Unregistered Sales of Equity Securities', 'C', 'Unregistered equity sales.'],
    ['3.03', 'Material Modification to Rights of Security Holders', 'C', 'Changes to holders\u2019 rights.'],
    ['4.01', "Changes in Registrant's Certifying Accountant", 'C', 'Auditor resignations, dismissals and engagements.'],
    ['4.02', 'Non-Reliance on Previously Issued Financial Statements or a Related Audit Report or Completed Interim Review', 'C', 'Big-R restatements: prior statements should no longer be relied on.'],
    ['5.01', 'Changes in Control of Registrant', 'C', 'Change in control.'],
    ['5.02', 'Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain Officers; Compensatory Arrangements of Certain Officers', 'C', 'Board and officer changes and pay arrangements.'],
    ['5.03', 'Amendments to Articles of Incorporation or Bylaws; Change in Fiscal Year', 'C', 'Charter, bylaw and fiscal-year changes.'],
    ['5.04', "Temporary Suspension of Trading Under Registrant's Employee Benefit Plans", 'C', 'Blackout periods.'],
    ['5.05', "Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code of Ethics", 'C', 'Code of ethics changes and waivers.'],
    ['5.06', 'Change in Shell Company Status', 'C', 'Leaving shell company status.'],
    ['5.07', 'Submission of Matters to a Vote of Security Holders', 'C', 'Shareholder vote results.'],
    ['5.08', 'Shareholder Director Nominations', 'C', 'Dates for proxy-access nominations.'],
    ['6.01', 'ABS Informational and Computational Material', 'C', 'Asset-backed issuers.'],
    ['6.02', 'Change of Servicer or Trustee', 'C', 'Asset-backed issuers.'],
    ['6.03', 'Change in Credit Enhancement or Other External Support', 'C', 'Asset-backed issuers.'],
    ['6.04', 'Failure to Make a Required Distribution', 'C', 'Asset-backed issuers.'],
    ['6.05', 'Securities Act Updating Disclosure', 'C', 'Asset-backed issuers.'],
    ['6.06', 'Static Pool', 'C', 'Asset-backed issuers.'],
    ['7.01', 'Regulation FD Disclosure', 'C', 'Information furnished under Regulation FD.'],
    ['8.01', 'Other Events', 'C', 'Voluntary reports of other events.'],
    ['9.01', 'Financial Statements and Exhibits', 'C', 'Financial statements of acquired businesses, pro formas and exhibits.'],
  ],
  formUrl('8-K'),
);

const F20: Row[] = [
  ['1', 'Identity of Directors, Senior Management and Advisers', 'C'],
  ['1.A', 'Directors and senior management', 'C'],
  ['1.B', 'Advisers', 'C'],
  ['1.C', 'Auditors', 'C'],
  ['2', 'Offer Statistics and Expected Timetable', 'C'],
  ['2.A', 'Offer statistics', 'C'],
  ['2.B', 'Method and expected timetable', 'C'],
  ['3', 'Key Information', 'C'],
  ['3.A', '[Reserved]', 'C', 'Formerly Selected Financial Data (see the pre-2021 form).'],
  ['3.B', 'Capitalization and indebtedness', 'C'],
  ['3.C', 'Reasons for the offer and use of proceeds', 'C'],
  ['3.D', 'Risk factors', 'C'],
  ['4', 'Information on the Company', 'C'],
  ['4.A', 'History and development of the company', 'C'],
  ['4.B', 'Business overview', 'C'],
  ['4.C', 'Organizational structure', 'C'],
  ['4.D', 'Property, plants and equipment', 'C'],
  ['4A', 'Unresolved Staff Comments', 'C'],
  ['5', 'Operating and Financial Review and Prospects', 'C', 'The 20-F counterpart of MD&A.'],
  ['5.A', 'Operating results', 'C'],
  ['5.B', 'Liquidity and capital resources', 'C'],
  ['5.C', 'Research and development, patents and licenses, etc.', 'C'],
  ['5.D', 'Trend information', 'C', 'Known trends, uncertainties, demands, commitments or events likely to have a material effect.'],
  ['5.E', 'Critical Accounting Estimates', 'C', 'Estimates involving significant uncertainty and their sensitivity.'],
  ['6', 'Directors, Senior Management and Employees', 'C'],
  ['6.A', 'Directors and senior management', 'C'],
  ['6.B', 'Compensation', 'C'],
  ['6.C', 'Board practices', 'C'],
  ['6.D', 'Employees', 'C'],
  ['6.E', 'Share ownership', 'C'],
  ['6.F', "Disclosure of a registrant's action to recover erroneously awarded compensation", 'C'],
  ['7', 'Major Shareholders and Related Party Transactions', 'C'],
  ['7.A', 'Major shareholders', 'C'],
  ['7.B', 'Related party transactions', 'C'],
  ['7.C', 'Interests of experts and counsel', 'C'],
  ['8', 'Financial Information', 'C'],
  ['8.A', 'Consolidated Statements and Other Financial Information', 'C'],
  ['8.B', 'Significant Changes', 'C'],
  ['8.A.4', 'Age of financial statements', '?', 'How old the latest audited financial statements may be (15 months; 12 months in an initial public offering).'],
  ['8.A.5', 'Interim financial statements', '?', 'When interim financial statements must be included.'],
  ['8.A.7', 'Legal or arbitration proceedings', '?'],
  ['8.A.8', 'Policy on dividend distributions', '?'],
  ['9', 'The Offer and Listing', 'C'],
  ['9.A', 'Offer and listing details', 'C'],
  ['9.B', 'Plan of distribution', 'C'],
  ['9.C', 'Markets', 'C'],
  ['9.D', 'Selling shareholders', 'C'],
  ['9.E', 'Dilution', 'C'],
  ['9.F', 'Expenses of the issue', 'C'],
  ['10', 'Additional Information', 'C'],
  ['10.A', 'Share capital', 'C'],
  ['10.B', 'Memorandum and articles of association', 'C'],
  ['10.C', 'Material contracts', 'C'],
  ['10.D', 'Exchange controls', 'C'],
  ['10.E', 'Taxation', 'C'],
  ['10.F', 'Dividends and paying agents', 'C'],
  ['10.G', 'Statement by experts', 'C'],
  ['10.H', 'Documents on display', 'C'],
  ['10.I', 'Subsidiary Information', 'C'],
  ['10.J', 'Annual Report to Security Holders', 'C'],
  ['11', 'Quantitative and Qualitative Disclosures About Market Risk', 'C'],
  ['12', 'Description of Securities Other than Equity Securities', 'C'],
  ['12.A', 'Debt Securities', 'C'],
  ['12.B', 'Warrants and Rights', 'C'],
  ['12.C', 'Other Securities', 'C'],
  ['12.D', 'American Depositary Shares', 'C'],
  ['13', 'Defaults, Dividend Arrearages and Delinquencies', 'C'],
  ['14', 'Material Modifications to the Rights of Security Holders and Use of Proceeds', 'C'],
  ['15', 'Controls and Procedures', 'C'],
  ['16', '[Reserved]', 'C'],
  ['16A', 'Audit Committee Financial Expert', 'C'],
  ['16B', 'Code of Ethics', 'C'],
  ['16C', 'Principal Accountant Fees and Services', 'C'],
  ['16D', 'Exemptions from the Listing Standards for Audit Committees', 'C'],
  ['16E', 'Purchases of Equity Securities by the Issuer and Affiliated Purchasers', 'C'],
  ['16F', "Change in Registrant's Certifying Accountant", 'C'],
  ['16G', 'Corporate Governance', 'C'],
  ['16H', 'Mine Safety Disclosure', 'C'],
  ['16I', 'Disclosure Regarding Foreign Jurisdictions that Prevent Inspections', 'C'],
  ['16J', 'Insider Trading Policies', 'C'],
  ['16K', 'Cybersecurity', 'C'],
  ['17', 'Financial Statements', 'C', 'The older, reconciliation-only financial statement option.'],
  ['18', 'Financial Statements', 'C', 'Full financial statements.'],
  ['19', 'Exhibits', 'C'],
];

/** Form 20-F as amended in 2021 (the current form). Keys: "5", "5.D", "4A", "16F". */
export const FORM_20F: Map<string, CatalogEntry> = fromRows(F20, formUrl('20-F'));

/** Subparts of the pre-2021 Form 20-F that differ from the current form. */
export const FORM_20F_LEGACY: Map<string, CatalogEntry> = fromRows(
  [
    ['3.A', 'Selected Financial Data', 'C', 'Five years of selected financial data (removed in 2021).'],
    ['5.E', 'Off-Balance Sheet Arrangements', 'C', 'Off-balance-sheet arrangements (moved out in 2021; 5.E now holds critical accounting estimates).'],
    ['5.F', 'Tabular Disclosure of Contractual Obligations', 'C', 'The contractual obligations table (removed in 2021).'],
    ['5.G', 'Safe Harbor', '?', 'Safe-harbor statement for forward-looking information in Item 5 (removed in 2021).'],
  ],
  formUrl('20-F'),
);

/** When the 2021 Form 20-F amendments took effect (K: compliance date for fiscal years ending on or after it, ?). */
export const FORM_20F_AMENDED = '2021-08-09';

export const FORM_10: Map<string, CatalogEntry> = fromRows(
  [
    ['1', 'Business', 'C'],
    ['1A', 'Risk Factors', 'C'],
    ['2', 'Financial Information', 'C'],
    ['3', 'Properties', 'C'],
    ['4', 'Security Ownership of Certain Beneficial Owners and Management', 'C'],
    ['5', 'Directors and Executive Officers', 'C'],
    ['6', 'Executive Compensation', 'C'],
    ['7', 'Certain Relationships and Related Transactions, and Director Independence', 'C'],
    ['8', 'Legal Proceedings', 'C'],
    ['9', "Market Price of and Dividends on the Registrant's Common Equity and Related Stockholder Matters", 'C'],
    ['10', 'Recent Sales of Unregistered Securities', 'C'],
    ['11', "Description of Registrant's Securities to be Registered", 'C'],
    ['12', 'Indemnification of Directors and Officers', 'C'],
    ['13', 'Financial Statements and Supplementary Data', 'C'],
    ['14', 'Changes in and Disagreements with Accountants on Accounting and Financial Disclosure', 'C'],
    ['15', 'Financial Statements and Exhibits', 'C'],
  ],
  formUrl('10'),
);

// Registration statements and schedules (general knowledge, K; the official forms are linked from FORM_URLS).
// Items 1–10 of the Securities Act forms for offerings (S-1, S-3, F-3 share them word for word).
const OFFERING_ITEMS = `
1|Forepart of the Registration Statement and Outside Front Cover Page of Prospectus
2|Inside Front and Outside Back Cover Pages of Prospectus
3|Summary Information, Risk Factors and Ratio of Earnings to Fixed Charges
4|Use of Proceeds
5|Determination of Offering Price
6|Dilution
7|Selling Security Holders
8|Plan of Distribution
9|Description of Securities to be Registered
10|Interests of Named Experts and Counsel
`;

// Items 11–13 of Forms S-3 and F-3.
const SHELF_ITEMS = `
11|Material Changes
12|Incorporation of Certain Information by Reference
13|Disclosure of Commission Position on Indemnification for Securities Act Liabilities
`;

const S1_TEXT = `${OFFERING_ITEMS}
11|Information with Respect to the Registrant
11A|Material Changes
12|Incorporation of Certain Information by Reference
12A|Disclosure of Commission Position on Indemnification for Securities Act Liabilities
13|Other Expenses of Issuance and Distribution
14|Indemnification of Directors and Officers
15|Recent Sales of Unregistered Securities
16|Exhibits and Financial Statement Schedules
17|Undertakings
`;

const S3_TEXT = `${OFFERING_ITEMS}${SHELF_ITEMS}
14|Other Expenses of Issuance and Distribution
15|Indemnification of Directors and Officers
16|Exhibits
17|Undertakings
`;

const F3_TEXT = `${OFFERING_ITEMS}${SHELF_ITEMS}`;

// Forms S-4 and F-4 (business combinations) share Items 1–9 and 18–22; Items 10–17 differ in naming the S-3/F-3
// companies.
const COMBINATION_ITEMS = `
1|Forepart of Registration Statement and Outside Front Cover Page of Prospectus
2|Inside Front and Outside Back Cover Pages of Prospectus
3|Risk Factors, Ratio of Earnings to Fixed Charges and Other Information
4|Terms of the Transaction
5|Pro Forma Financial Information
6|Material Contacts with the Company Being Acquired
7|Additional Information Required for Reoffering by Persons and Parties Deemed to be Underwriters
8|Interests of Named Experts and Counsel
9|Disclosure of Commission Position on Indemnification for Securities Act Liabilities
`;

const COMBINATION_CLOSING_ITEMS = `
18|Information if Proxies, Consents or Authorizations are to be Solicited
19|Information if Proxies, Consents or Authorizations are not to be Solicited or in an Exchange Offer
20|Indemnification of Directors and Officers
21|Exhibits and Financial Statement Schedules
22|Undertakings
`;

const S4_TEXT = `${COMBINATION_ITEMS}
10|Information with Respect to S-3 Registrants
11|Incorporation of Certain Information by Reference
12|Information with Respect to S-2 or S-3 Registrants
13|Incorporation of Certain Information by Reference
14|Information with Respect to Registrants Other Than S-3 Registrants
15|Information with Respect to S-3 Companies
16|Information with Respect to S-2 or S-3 Companies
17|Information with Respect to Companies Other Than S-3 Companies
${COMBINATION_CLOSING_ITEMS}`;

const F1_TEXT = `
1|Forepart of the Registration Statement and Outside Front Cover Page of Prospectus
2|Inside Front and Outside Back Cover Pages of Prospectus
3|Summary Information, Risk Factors and Ratio of Earnings to Fixed Charges
4|Information with Respect to the Registrant and the Offering
4A|Material Changes
5|Incorporation of Certain Information by Reference
5A|Disclosure of Commission Position on Indemnification for Securities Act Liabilities
6|Indemnification of Directors and Officers
7|Recent Sales of Unregistered Securities
8|Exhibits and Financial Statement Schedules
9|Undertakings
`;

const F4_TEXT = `${COMBINATION_ITEMS}
10|Information with Respect to F-3 Companies
11|Incorporation of Certain Information by Reference
12|Information with Respect to F-2 or F-3 Companies
13|Incorporation of Certain Information by Reference
14|Information with Respect to Foreign Companies Other Than F-2 or F-3 Companies
15|Information with Respect to F-3 Companies
16|Information with Respect to F-2 or F-3 Companies
17|Information with Respect to Foreign Companies Other Than F-2 or F-3 Companies
${COMBINATION_CLOSING_ITEMS}`;

const SCHEDULE_14A_TEXT = `
1|Date, time and place information
2|Revocability of proxy
3|Dissenters' right of appraisal
4|Persons making the solicitation
5|Interest of certain persons in matters to be acted upon
6|Voting securities and principal holders thereof
7|Directors and executive officers
8|Compensation of directors and executive officers
9|Independent public accountants
10|Compensation plans
11|Authorization or issuance of securities otherwise than for exchange
12|Modification or exchange of securities
13|Financial and other information
14|Mergers, consolidations, acquisitions and similar matters
15|Acquisition or disposition of property
16|Restatement of accounts
17|Action with respect to reports
18|Matters not required to be submitted
19|Amendment of charter, bylaws or other documents
20|Other proposed action
21|Voting procedures
22|Information required in investment company proxy statement
23|Delivery of documents to security holders sharing an address
24|Shareholder approval of executive compensation
25|Exhibits
`;

const SCHEDULE_TO_TEXT = `
1|Summary Term Sheet|K|Item 1001 of Regulation M-A.
2|Subject Company Information|K|Item 1002 of Regulation M-A.
3|Identity and Background of Filing Person|K|Item 1003 of Regulation M-A.
4|Terms of the Transaction|K|Item 1004 of Regulation M-A.
5|Past Contacts, Transactions, Negotiations and Agreements|K|Item 1005 of Regulation M-A.
6|Purposes of the Transaction and Plans or Proposals|K|Item 1006 of Regulation M-A.
7|Source and Amount of Funds or Other Consideration|K|Item 1007 of Regulation M-A.
8|Interest in Securities of the Subject Company|K|Item 1008 of Regulation M-A.
9|Persons/Assets, Retained, Employed, Compensated or Used|K|Item 1009 of Regulation M-A.
10|Financial Statements|K|Item 1010 of Regulation M-A.
11|Additional Information|K|Item 1011 of Regulation M-A.
12|Exhibits|K|Item 1016 of Regulation M-A.
13|Information Required by Schedule 13E-3|K
`;

// Form 40-F has no numbered items; letters cite its General Instructions ("General Instruction B.(6)").
const FORM_40F_TEXT = `
B.(6)|Disclosure controls and procedures and internal control over financial reporting|?
`;

export const FORM_S1 = lazyTable(S1_TEXT, 'K', formUrlExtra('S-1'));
export const FORM_S3 = lazyTable(S3_TEXT, 'K', formUrlExtra('S-3'));
export const FORM_S4 = lazyTable(S4_TEXT, 'K', formUrlExtra('S-4'));
export const FORM_F1 = lazyTable(F1_TEXT, 'K', formUrlExtra('F-1'));
export const FORM_F3 = lazyTable(F3_TEXT, 'K', formUrlExtra('F-3'));
export const FORM_F4 = lazyTable(F4_TEXT, 'K', formUrlExtra('F-4'));
export const FORM_40F = lazyTable(FORM_40F_TEXT, '?', formUrlExtra('40-F'));
export const SCHEDULE_14A = lazyTable(SCHEDULE_14A_TEXT, 'K', () => ({ url: 'https://www.ecfr.gov/current/title-17/section-240.14a-101' }));
export const SCHEDULE_TO = lazyTable(SCHEDULE_TO_TEXT, 'K', () => ({ url: 'https://www.ecfr.gov/current/title-17/section-240.14d-100' }));

/** The item catalog for a form, when we hold a complete one. */
export function formCatalog(form: string): Map<string, CatalogEntry> | undefined {
  switch (form) {
    case '10-K':
      return FORM_10K;
    case '10-Q':
      return FORM_10Q;
    case '8-K':
      return FORM_8K;
    case '20-F':
      return FORM_20F;
    case '10':
      return FORM_10;
    case 'S-1':
      return FORM_S1;
    case 'S-3':
      return FORM_S3;
    case 'S-4':
      return FORM_S4;
    case 'F-1':
      return FORM_F1;
    case 'F-3':
      return FORM_F3;
    case 'F-4':
      return FORM_F4;
    case 'Schedule 14A':
      return SCHEDULE_14A;
    case 'Schedule TO':
      return SCHEDULE_TO;
    default:
      return undefined;
  }
}
