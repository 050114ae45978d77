import { ECFR, fromRows, type CatalogEntry } from './entry';

// Regulation S-K (17 CFR 229), Regulation S-X (17 CFR 210) and Regulation G (17 CFR 244). Titles from the reference
// research (docs/reference-data.md §7–§9); marks as recorded there. Glosses are ours.

export const SK_ITEMS: Map<string, CatalogEntry> = fromRows(
  [
    ['10', 'General', 'C', 'General rules, including 10(e) on non-GAAP measures in filings.', { note: '10(e) governs non-GAAP measures in filed documents; 10(b) projections, 10(c) debt ratings and 10(f) smaller reporting companies are K.' }],
    ['101', 'Description of business', 'C', 'What the business does, its segments and human capital.'],
    ['102', 'Description of property', 'C', 'Principal physical properties.'],
    ['103', 'Legal proceedings', 'C', 'Material pending legal proceedings.'],
    ['104', 'Mine safety disclosure', 'K', 'Mine safety violations.'],
    ['105', 'Risk factors', 'C', 'Material risk factors, with a summary when long.'],
    ['106', 'Cybersecurity', 'K', 'Cybersecurity risk management and governance (adopted 2023).'],
    ['107', 'Filing fees', 'K', 'The filing-fee exhibit.'],
    ['201', "Market price of and dividends on the registrant's common equity and related stockholder matters", 'K', 'Market information, holders, dividends and the performance graph.'],
    ['202', "Description of registrant's securities", 'C', 'Terms of the securities.'],
    ['301', '[Reserved]', 'K', 'Formerly selected financial data (removed 2021).'],
    ['302', 'Supplementary financial information', 'C', 'Material retrospective changes to quarterly data.'],
    ['303', "Management's discussion and analysis of financial condition and results of operations", 'C', 'MD&A: liquidity, capital resources, results, known trends and critical estimates.', { note: 'Paragraphs were re-lettered by the 2020 MD&A amendments (K): cites before 2021 such as 303(a)(3)(ii) (known trends) now read 303(b)(2)(ii).' }],
    ['304', 'Changes in and disagreements with accountants on accounting and financial disclosure', 'C', 'Auditor changes and disagreements.'],
    ['305', 'Quantitative and qualitative disclosures about market risk', 'C', 'Market risk exposures.'],
    ['307', 'Disclosure controls and procedures', 'C', "Management's conclusion on disclosure controls."],
    ['308', 'Internal control over financial reporting', 'C', "Management's report and the auditor's attestation."],
    ['401', 'Directors, executive officers, promoters and control persons', 'C', 'Who runs the company.'],
    ['402', 'Executive compensation', 'C', 'Compensation discussion and tables; 402(v) is pay versus performance (K).'],
    ['403', 'Security ownership of certain beneficial owners and management', 'C', 'Ownership tables.'],
    ['404', 'Transactions with related persons, promoters and certain control persons', 'C', 'Related-person transactions.'],
    ['405', 'Compliance with Section 16(a) of the Exchange Act', 'C', 'Late Section 16 reports.'],
    ['406', 'Code of ethics', 'C', 'Whether a code of ethics exists.'],
    ['407', 'Corporate governance', 'C', 'Independence, committees, and board leadership and risk oversight (407(h)).'],
    ['408', 'Insider trading arrangements and policies', 'C', 'Trading plans and insider trading policies.'],
    ['501', 'Forepart of Registration Statement and Outside Front Cover Page of Prospectus', 'C', 'Cover page contents.'],
    ['502', 'Inside front and outside back cover pages of prospectus', 'C', 'Table of contents and dealer delivery legend.'],
    ['503', 'Prospectus summary', 'C', 'The summary section.'],
    ['504', 'Use of proceeds', 'C', 'How offering proceeds will be used.'],
    ['505', 'Determination of offering price', 'C', 'How the price was set.'],
    ['506', 'Dilution', 'C', 'Dilution to new investors.'],
    ['507', 'Selling security holders', 'C', 'Who is selling.'],
    ['508', 'Plan of distribution', 'C', 'Underwriting and distribution.'],
    ['509', 'Interests of named experts and counsel', 'C', 'Experts\u2019 and counsel\u2019s interests.'],
    ['510', 'Disclosure of Commission position on indemnification for Securities Act liabilities', 'K', 'The indemnification statement.'],
    ['511', 'Other expenses of issuance and distribution', 'K', 'Offering expenses.'],
    ['512', 'Undertakings', 'K', 'Required undertakings.'],
    ['601', 'Exhibits', 'C', 'The exhibit table; (b)(10) material contracts, (b)(21) subsidiaries, (b)(31)/(32) certifications (K).'],
    ['701', 'Recent sales of unregistered securities; use of proceeds from registered securities', 'K', 'Unregistered sales.'],
    ['702', 'Indemnification of directors and officers', 'K', 'Indemnification arrangements.'],
    ['703', 'Purchases of equity securities by the issuer and affiliated purchasers', 'K', 'Buyback table.'],
    ['1202', 'Disclosure of reserves', 'C', 'Oil and gas reserves (Subpart 1200).'],
    ['1203', 'Proved undeveloped reserves', 'C', 'PUD changes and conversion (Subpart 1200).'],
    ['1204', 'Oil and gas production, production prices and production costs', 'C', 'Production data (Subpart 1200).'],
    ['1208', 'Oil and gas properties, wells, operations, and acreage', 'C', 'Wells and acreage (Subpart 1200).'],
    ['1301', 'Definitions', '?', 'Mining property disclosure (Subpart 1300).'],
  ],
  (id) => ECFR('229', id),
);

/** Item-number blocks of S-K subparts we do not list one by one. */
export const SK_BLOCKS: readonly { from: number; to: number; title: string; mark: 'C' | 'K' | '?' }[] = [
  { from: 1100, to: 1125, title: 'Regulation AB (asset-backed securities)', mark: 'K' },
  { from: 1200, to: 1208, title: 'Disclosure by registrants engaged in oil and gas producing activities', mark: 'C' },
  { from: 1300, to: 1305, title: 'Disclosure by registrants engaged in mining operations', mark: 'C' },
  { from: 1400, to: 1406, title: 'Disclosure by bank and savings and loan registrants', mark: 'K' },
  { from: 1500, to: 1508, title: 'Climate-related disclosures (adopted 2024, stayed)', mark: '?' },
  { from: 1600, to: 1610, title: 'Special purpose acquisition companies', mark: 'K' },
];

export function skEntry(item: string): CatalogEntry | undefined {
  const known = SK_ITEMS.get(item);
  if (known) return known;
  const n = Number(item);
  const block = SK_BLOCKS.find((b) => n >= b.from && n <= b.to);
  return block ? { id: item, title: block.title, mark: block.mark, url: ECFR('229', item) } : undefined;
}

/** S-X articles with their rule ranges (last rule number in the article). */
export const SX_ARTICLES: Map<string, CatalogEntry & { lastRule: number }> = new Map(
  (
    [
      ['1', 'Application of Regulation S-X', 'C', 2],
      ['2', 'Qualifications and Reports of Accountants', 'C', 7],
      ['3', 'General Instructions as to Financial Statements', 'C', 20],
      ['3A', 'Consolidated and Combined Financial Statements', 'K', 5],
      ['4', 'Rules of General Application', 'K', 10],
      ['5', 'Commercial and Industrial Companies', 'K', 4],
      ['6', 'Registered Investment Companies and Business Development Companies', 'K', 10],
      ['6A', 'Employee Stock Purchase, Savings and Similar Plans', 'K', 5],
      ['7', 'Insurance Companies', 'K', 5],
      ['8', 'Financial Statements of Smaller Reporting Companies', 'K', 8],
      ['9', 'Bank Holding Companies', 'K', 7],
      ['10', 'Interim Financial Statements', 'C', 1],
      ['11', 'Pro Forma Financial Information', 'C', 3],
      ['12', 'Form and Content of Schedules', 'K', 29],
      ['13', 'Guarantors and affiliates whose securities collateralize registered securities', 'K', 2],
      ['14', 'Climate-related disclosure', '?', 2],
      ['15', 'Acquisitions involving shell companies', '?', 1],
    ] as const
  ).map(([id, title, mark, lastRule]) => [id, { id, title, mark, lastRule, url: ECFR('210') }]),
);

export const SX_RULES: Map<string, CatalogEntry> = fromRows(
  [
    ['1-01', 'Application of Regulation S-X', 'C'],
    ['1-02', 'Definitions of terms used in Regulation S-X', 'C', 'Definitions, including the significant subsidiary tests in 1-02(w).'],
    ['2-01', 'Qualifications of accountants', 'C', 'Auditor independence.'],
    ['2-02', "Accountants' reports and attestation reports", 'C'],
    ['2-03', 'Examination of financial statements by foreign government auditors', 'C'],
    ['2-04', 'Examination of financial statements of persons other than the registrant', 'C'],
    ['2-05', 'Examination of financial statements by more than one accountant', 'C'],
    ['2-06', 'Retention of audit and review records', 'C'],
    ['2-07', 'Communication with audit committees', 'C'],
    ['3-01', 'Consolidated balance sheets', 'C'],
    ['3-02', 'Consolidated statements of comprehensive income and cash flows', 'C'],
    ['3-03', 'Instructions to statement of comprehensive income requirements', 'C'],
    ['3-04', 'Changes in stockholders\u2019 equity and noncontrolling interests', 'C'],
    ['3-05', 'Financial statements of businesses acquired or to be acquired', 'C', 'When acquiree financial statements are needed (significance tests).'],
    ['3-06', 'Financial statements covering a period of nine to twelve months', 'C'],
    ['3-07', '[Reserved]', 'C'],
    ['3-08', '[Reserved]', 'C'],
    ['3-09', 'Separate financial statements of subsidiaries not consolidated and 50 percent or less owned persons', 'C', 'Equity-method investee financial statements (significance tests).'],
    ['3-10', 'Financial statements of guarantors and issuers of guaranteed securities registered or being registered', 'C'],
    ['3-11', 'Financial statements of an inactive registrant', 'C'],
    ['3-12', 'Age of financial statements at effective date of registration statement or at mailing date of proxy statement', 'C'],
    ['3-13', 'Filing of other financial statements in certain cases', 'C'],
    ['3-14', 'Special instructions for financial statements of real estate operations acquired or to be acquired', 'C'],
    ['3-15', 'Special provisions as to real estate investment trusts', 'C'],
    ['3-16', 'Financial statements of affiliates whose securities collateralize an issue registered or being registered', 'C'],
    ['3-17', 'Financial statements of natural persons', 'C'],
    ['3-18', 'Special provisions as to registered management investment companies', 'C'],
    ['3-19', '[Reserved]', 'C'],
    ['3-20', 'Currency for financial statements', 'C'],
    ['4-01', 'Form, order, and terminology', 'K'],
    ['4-02', 'Items not material', 'K'],
    ['4-03', 'Inapplicable captions and omission of unrequired or inapplicable financial statements', 'K'],
    ['4-04', 'Omission of substantially identical notes', 'K'],
    ['4-05', 'Current assets and current liabilities', 'K'],
    ['4-06', 'Reacquired evidences of indebtedness', 'K'],
    ['4-07', 'Discount on shares', 'K'],
    ['4-08', 'General notes to financial statements', 'K', 'Notes such as restrictions on dividends (4-08(e)), income taxes (4-08(h)) and related parties (4-08(k)).'],
    ['4-10', 'Financial accounting and reporting for oil and gas producing activities', 'K', 'Definitions, including proved undeveloped reserves in 4-10(a)(31).'],
    ['5-02', 'Balance sheets', 'K', 'Captions required on the balance sheet.'],
    ['5-03', 'Statements of comprehensive income', 'K', 'Captions required on the income statement, e.g. 5-03(b)(2) costs of services.'],
    ['5-04', 'What schedules are to be filed', 'K'],
    ['7-04', 'Statements of comprehensive income (insurance companies)', 'K'],
    ['10-01', 'Interim financial statements', 'C', 'Form and content of interim statements; 10-01(a)(5) material changes.'],
    ['11-01', 'Presentation requirements', 'C', 'When pro forma information is required.'],
    ['11-02', 'Preparation requirements', 'C', 'How pro forma information is prepared and adjusted.'],
    ['11-03', 'Presentation of financial forecast', 'K'],
    ['12-04', 'Condensed financial information of registrant', 'C'],
    ['12-09', 'Valuation and qualifying accounts', 'K'],
    ['13-01', 'Guarantors and issuers of guaranteed securities registered or being registered', 'K'],
    ['13-02', 'Affiliates whose securities collateralize securities registered or being registered', 'K'],
  ],
  (id) => ECFR('210', id),
);

export const REG_G: Map<string, CatalogEntry> = fromRows(
  [
    ['100', 'General rules regarding disclosure of non-GAAP financial measures', 'C', 'Public non-GAAP measures need the comparable GAAP measure and a reconciliation, and must not mislead.'],
    ['100(a)', 'Presentation and reconciliation', 'C', 'A public non-GAAP measure must come with the most directly comparable GAAP measure and a reconciliation.'],
    ['100(a)(1)', 'Most directly comparable GAAP measure', 'C', 'Present the most directly comparable GAAP measure.'],
    ['100(a)(2)', 'Reconciliation', 'C', 'Reconcile quantitatively; for forward-looking measures, to the extent available without unreasonable efforts.'],
    ['100(b)', 'No misleading non-GAAP measures', 'C', 'A non-GAAP measure may not be misleading, alone or with the information around it.'],
    ['100(c)', 'Foreign private issuer exception', 'C', 'Relief for certain foreign private issuers\u2019 disclosures made outside the United States.'],
    ['100(d)', 'Business combination communications', 'K', 'Exclusion for certain business-combination communications (verify).'],
    ['101', 'Definitions', 'K', 'Defines non-GAAP financial measure, GAAP and related terms.'],
    ['102', 'No effect on antifraud liability', 'K', 'Compliance with Regulation G does not shield from antifraud liability.'],
  ],
  (id) => ECFR('244', id.replace(/\(.*$/, '')),
);
