import { ECFR, fromRows, type CatalogEntry } from './entry';
import { lazyTable } from './compact';

// Regulation S-K (17 CFR 229), Regulation S-X (17 CFR 210) and Regulation G (17 CFR 244). Titles from the reference
// research (docs/reference-data.md §7–§9); marks as recorded there. Glosses are ours.

// Every item of Regulation S-K, by subpart, with the title the CFR section heading gives it. Marks: C:SOURCE where the
// heading was read in a CFR copy named in sources.ts, K otherwise.
const SK_TEXT = `
# Subpart 229.1 General
10|General|K|General rules, including 10(e) on non-GAAP measures in filings.
# Subpart 229.100 Business
101|Description of business|C:RESEARCH|What the business does, its segments and human capital.
102|Description of property|C:RESEARCH|Principal physical properties.
103|Legal proceedings|K|Material pending legal proceedings.
104|Mine safety disclosure|K|Mine safety violations.
105|Risk factors|C:RESEARCH|Material risk factors, with a summary when long.
106|Cybersecurity|K|Cybersecurity risk management and governance (adopted 2023).
107|Filing fee exhibit|K|The filing-fee exhibit.
# Subpart 229.200 Securities of the Registrant
201|Market price of and dividends on the registrant's common equity and related stockholder matters|K|Market information, holders, dividends and the performance graph.
202|Description of registrant's securities|K|Terms of the securities.
# Subpart 229.300 Financial Information
301|[Reserved]|K|Formerly selected financial data (removed 2021).
302|Supplementary financial information|C:LAWSTACK-229|Material retrospective changes to quarterly data.
303|Management's discussion and analysis of financial condition and results of operations|C:LAWSTACK-229|MD&A: liquidity, capital resources, results, known trends and critical estimates.
304|Changes in and disagreements with accountants on accounting and financial disclosure|C:LAWSTACK-229|Auditor changes and disagreements.
305|Quantitative and qualitative disclosures about market risk|C:LAWSTACK-229|Market risk exposures.
306|[Reserved]|K|Formerly audit committee report (moved to 407(d)).
307|Disclosure controls and procedures|C:LAWSTACK-229|Management's conclusion on disclosure controls.
308|Internal control over financial reporting|C:LAWSTACK-229|Management's report and the auditor's attestation.
# Subpart 229.400 Management and Certain Security Holders
401|Directors, executive officers, promoters and control persons|C:LAWSTACK-229|Who runs the company.
402|Executive compensation|C:LAWSTACK-229|Compensation discussion and tables; 402(v) is pay versus performance.
403|Security ownership of certain beneficial owners and management|C:LAWSTACK-229|Ownership tables.
404|Transactions with related persons, promoters and certain control persons|C:LAWSTACK-229|Related-person transactions.
405|Compliance with Section 16(a) of the Exchange Act|C:LAWSTACK-229|Late Section 16 reports.
406|Code of ethics|C:LAWSTACK-229|Whether a code of ethics exists.
407|Corporate governance|C:LAWSTACK-229|Independence, committees, and board leadership and risk oversight (407(h)).
408|Insider trading arrangements and policies|C:LAWSTACK-229|Trading plans and insider trading policies.
# Subpart 229.500 Registration Statement and Prospectus Provisions
501|Forepart of Registration Statement and Outside Front Cover Page of Prospectus|C:LAWSTACK-229|Cover page contents.
502|Inside front and outside back cover pages of prospectus|C:LAWSTACK-229|Table of contents and dealer delivery legend.
503|Prospectus summary|C:LAWSTACK-229|The summary section.
504|Use of proceeds|C:LAWSTACK-229|How offering proceeds will be used.
505|Determination of offering price|C:LAWSTACK-229|How the price was set.
506|Dilution|C:LAWSTACK-229|Dilution to new investors.
507|Selling security holders|C:LAWSTACK-229|Who is selling.
508|Plan of distribution|C:LAWSTACK-229|Underwriting and distribution.
509|Interests of named experts and counsel|K|Experts' and counsel's interests.
510|Disclosure of Commission position on indemnification for Securities Act liabilities|K|The indemnification statement.
511|Other expenses of issuance and distribution|C:ECFRIO-229-511|Offering expenses.
512|Undertakings|K|Required undertakings.
# Subpart 229.600 Exhibits
601|Exhibits|C:RESEARCH|The exhibit table; (b)(10) material contracts, (b)(21) subsidiaries, (b)(31)/(32) certifications.
# Subpart 229.700 Miscellaneous
701|Recent sales of unregistered securities; use of proceeds from registered securities|K|Unregistered sales.
702|Indemnification of directors and officers|K|Indemnification arrangements.
703|Purchases of equity securities by the issuer and affiliated purchasers|K|Buyback table.
# Subpart 229.800 List of Industry Guides
801|Securities Act industry guides|K|The industry guides for Securities Act filings (most were later folded into rules).
802|Exchange Act industry guides|K|The industry guides for Exchange Act filings.
# Subpart 229.900 Roll-up Transactions
901|Definitions|C:ECFRIO-229-900
902|Individual partnership supplements|C:ECFRIO-229-900
903|Summary|C:ECFRIO-229-900
904|Risk factors and other considerations|C:ECFRIO-229-900
905|Comparative information|C:ECFRIO-229-900
906|Allocation of roll-up consideration|C:ECFRIO-229-900
907|Background of the roll-up transaction|C:ECFRIO-229-900
908|Reasons for and alternatives to the roll-up transaction|C:ECFRIO-229-900
909|Conflicts of interest|C:ECFRIO-229-900
910|Fairness of the transaction|C:ECFRIO-229-900
911|Reports, opinions and appraisals|C:ECFRIO-229-900
912|Source and amount of funds and transactional expenses|C:ECFRIO-229-900
913|Other provisions of the transaction|C:ECFRIO-229-900
914|Pro forma financial statements: selected financial data|C:ECFRIO-229-900
915|Federal income tax consequences|C:ECFRIO-229-900
# Subpart 229.1000 Mergers and Acquisitions (Regulation M-A)
1000|Definitions|C:DART-MA
1001|Summary term sheet|C:DART-MA
1002|Subject company information|K
1003|Identity and background of filing person|K
1004|Terms of the transaction|C:SELFLAW-229-1004
1005|Past contacts, transactions, negotiations and agreements|K
1006|Purposes of the transaction and plans or proposals|K
1007|Source and amount of funds or other consideration|K
1008|Interest in securities of the subject company|K
1009|Persons/assets, retained, employed, compensated or used|K
1010|Financial statements|K
1011|Additional information|K
1012|The solicitation or recommendation|K
1013|Purposes, alternatives, reasons and effects in a going-private transaction|K
1014|Fairness of the going-private transaction|K
1015|Reports, opinions, appraisals and negotiations|K|Fairness opinions and other outside reports in going-private transactions.
1016|Exhibits|K
# Subpart 229.1100 Asset-Backed Securities (Regulation AB)
1100|General|K
1101|Definitions|K
1102|Forepart of registration statement and outside cover page of the prospectus|C:SELFLAW-229-1102
1103|Transaction summary and risk factors|K
1104|Sponsors|K
1105|Static pool information|K
1106|Depositors|K
1107|Issuing entities|K
1108|Servicers|K
1109|Trustees|K
1110|Originators|K
1111|Pool assets|K
1112|Significant obligors of pool assets|K
1113|Structure of the transaction|K
1114|Credit enhancement and other support, except for certain derivatives instruments|K
1115|Certain derivatives instruments|K
1117|Legal proceedings|K
1118|Reports and additional information|K
1119|Affiliations and certain relationships and related transactions|K
1120|Tax matters|K
1121|Distribution and pool performance information|K
1122|Compliance with applicable servicing criteria|K
1123|Servicer compliance statement|K
1124|Sponsor interest in the securities|K
1125|Schedule AL—Asset-level information|K
# Subpart 229.1200 Oil and Gas
1201|General instructions to oil and gas industry-specific disclosures|K
1202|Disclosure of reserves|K|Oil and gas reserves.
1203|Proved undeveloped reserves|K|PUD changes and conversion.
1204|Oil and gas production, production prices and production costs|K|Production data.
1205|Drilling and other exploratory and development activities|K
1206|Present activities|K
1207|Delivery commitments|K
1208|Oil and gas properties, wells, operations, and acreage|K|Wells and acreage.
# Subpart 229.1300 Mining
1300|Definitions|C:GOVREGS-229-1300|Defined terms for mining disclosure (mineral resources, reserves, qualified person ...).
1301|General instructions|C:SELFLAW-229-1301|When mining operations are material and the subpart applies.
1302|Qualified person, technical report summary, and technical studies|K
1303|Summary disclosure|K
1304|Individual property disclosure|C:GOVREGS-229-1300|Disclosure for each material mining property.
1305|Internal controls disclosure|C:GOVREGS-229-1300
# Subpart 229.1400 Bank and Savings and Loan Registrants
1401|General instructions|C:GOVREGS-229-1400
1402|Distribution of assets, liabilities and stockholders' equity; interest rates and interest differential|C:GOVREGS-229-1400
1403|Investment portfolio|K
1404|Loan portfolio|K
1405|Allowance for credit losses|K
1406|Deposits|C:GOVREGS-229-1400
# Subpart 229.1500 Climate-Related Disclosure (adopted 2024; stayed)
1500|Definitions|?
1501|Governance|?
1502|Strategy|?
1503|Risk management|?
1504|Targets and goals|?
1505|GHG emissions metrics|?
1506|Attestation of GHG emissions disclosure|?
1507|Safe harbor for certain climate-related disclosures|?
1508|Interactive data requirement|?
# Subpart 229.1600 Special Purpose Acquisition Companies
1601|Definitions|C:LEXBUILD-ECFR
1602|Registered offerings by special purpose acquisition companies|C:SELFLAW-229-1602
1603|SPAC sponsor; conflicts of interest|K
1604|De-SPAC transactions|K
1605|Background of and reasons for the de-SPAC transaction; terms of the de-SPAC transaction; effects|K
1606|Board determination about the de-SPAC transaction|K
1607|Reports, opinions, appraisals and negotiations|K
1608|Tender offer filing obligations|K
1609|Projections in de-SPAC transactions|K
1610|Structured data requirement|K
`;

const SK_NOTES: Record<string, Partial<CatalogEntry>> = {
  '10': { note: '10(e) governs non-GAAP measures in filed documents; 10(b) projections, 10(c) debt ratings and 10(f) smaller reporting companies.' },
  '303': { note: 'Paragraphs were re-lettered by the 2020 MD&A amendments (Release No. 33-10890): cites before 2021 such as 303(a)(3)(ii) (known trends) now read 303(b)(2)(ii).' },
  '1300': { note: 'Subpart 1300 replaced Industry Guide 7 (Release No. 33-10570, 2018).' },
};

export const SK_ITEMS: Map<string, CatalogEntry> = lazyTable(SK_TEXT, 'K', (id) => ({ url: ECFR('229', id), ...SK_NOTES[id] }));

/** Item-number blocks of S-K subparts whose items we do not list one by one. */
export const SK_BLOCKS: readonly { from: number; to: number; title: string; mark: 'C' | 'K' | '?' }[] = [
  { from: 1116, to: 1116, title: 'Regulation AB (asset-backed securities)', mark: 'K' },
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
      ['6', 'Registered Investment Companies and Business Development Companies', 'K', 11],
      ['6A', 'Employee Stock Purchase, Savings and Similar Plans', 'K', 5],
      ['7', 'Insurance Companies', 'K', 5],
      ['8', 'Financial Statements of Smaller Reporting Companies', 'C', 8],
      ['9', 'Bank Holding Companies', 'K', 7],
      ['10', 'Interim Financial Statements', 'C', 1],
      ['11', 'Pro Forma Financial Information', 'C', 3],
      ['12', 'Form and Content of Schedules', 'K', 29],
      ['13', 'Financial Disclosures about Guarantors and Issuers of Guaranteed Securities and Affiliates Whose Securities Collateralize a Registrant’s Securities', 'K', 2],
      ['14', 'Climate-related disclosure', '?', 2],
      ['15', 'Acquisitions involving shell companies', '?', 1],
    ] as const
  ).map(([id, title, mark, lastRule]) => [id, { id, title, mark, lastRule, url: ECFR('210'), ...(mark === 'C' ? { source: id === '8' ? 'DART-SX8' : Number(id) <= 3 ? 'CORNELL-210' : 'RESEARCH' } : {}) }]),
);

// Every rule of Regulation S-X with its CFR section heading. Marks as for S-K.
const SX_TEXT = `
# Article 1
1-01|Application of Regulation S-X (17 CFR part 210)|C:ECFR-210-2014
1-02|Definitions of terms used in Regulation S-X (17 CFR part 210)|C:ECFR-210-2014|Definitions, including the significant subsidiary tests in 1-02(w).
# Article 2
2-01|Qualifications of accountants|C:CORNELL-210|Auditor independence.
2-02|Accountants' reports and attestation reports|C:CORNELL-210
2-03|Examination of financial statements by foreign government auditors|C:CORNELL-210
2-04|Examination of financial statements of persons other than the registrant|C:CORNELL-210
2-05|Examination of financial statements by more than one accountant|C:CORNELL-210
2-06|Retention of audit and review records|C:CORNELL-210
2-07|Communication with audit committees|C:CORNELL-210
# Article 3
3-01|Consolidated balance sheets|C:CORNELL-210
3-02|Consolidated statements of comprehensive income and cash flows|C:CORNELL-210
3-03|Instructions to statement of comprehensive income requirements|C:CORNELL-210
3-04|Changes in stockholders' equity and noncontrolling interests|C:CORNELL-210
3-05|Financial statements of businesses acquired or to be acquired|C:CORNELL-210|When acquiree financial statements are needed (significance tests).
3-06|Financial statements covering a period of nine to twelve months|C:CORNELL-210
3-07|[Reserved]|C:CORNELL-210
3-08|[Reserved]|C:CORNELL-210
3-09|Separate financial statements of subsidiaries not consolidated and 50 percent or less owned persons|C:CORNELL-210|Equity-method investee financial statements (significance tests).
3-10|Financial statements of guarantors and issuers of guaranteed securities registered or being registered|C:CORNELL-210
3-11|Financial statements of an inactive registrant|C:CORNELL-210
3-12|Age of financial statements at effective date of registration statement or at mailing date of proxy statement|C:CORNELL-210
3-13|Filing of other financial statements in certain cases|C:CORNELL-210
3-14|Special instructions for financial statements of real estate operations acquired or to be acquired|C:CORNELL-210
3-15|Special provisions as to real estate investment trusts|C:CORNELL-210
3-16|Financial statements of affiliates whose securities collateralize an issue registered or being registered|C:CORNELL-210
3-17|Financial statements of natural persons|C:CORNELL-210
3-18|Special provisions as to registered management investment companies and companies required to be registered as management investment companies|C:CORNELL-210
3-19|[Reserved]|C:CORNELL-210
3-20|Currency for financial statements of foreign private issuers|K|Reporting currency and the currency of foreign private issuers' statements.
# Article 3A
3A-01|Application of §§ 210.3A-01 to 210.3A-05|K
3A-02|Consolidated financial statements of the registrant and its subsidiaries|K
3A-03|Statement as to principles of consolidation or combination followed|K
3A-04|Intercompany items and transactions|K
3A-05|Special requirements as to public utility holding companies|K
# Article 4
4-01|Form, order, and terminology|K
4-02|Items not material|K
4-03|Inapplicable captions and omission of unrequired or inapplicable financial statements|K
4-04|Omission of substantially identical notes|K
4-05|Current assets and current liabilities|K
4-06|Reacquired evidences of indebtedness|K
4-07|Discount on shares|K
4-08|General notes to financial statements|K|Notes such as restrictions on dividends (4-08(e)), income taxes (4-08(h)) and related parties (4-08(k)).
4-09|[Reserved]|K
4-10|Financial accounting and reporting for oil and gas producing activities pursuant to the Federal securities laws and the Energy Policy and Conservation Act of 1975|K|Definitions, including proved undeveloped reserves in 4-10(a)(31).
# Article 5
5-01|Application of §§ 210.5-01 to 210.5-04|K
5-02|Balance sheets|K|Captions required on the balance sheet.
5-03|Statements of comprehensive income|C:ELAWS-210-5-03|Captions required on the income statement, e.g. 5-03(b)(2) costs of services.
5-04|What schedules are to be filed|K
# Article 6
6-01|Application of §§ 210.6-01 to 210.6-10|K
6-02|Definition of certain terms|K
6-03|Special rules of general application to registered investment companies and business development companies|K
6-04|Balance sheets|K
6-05|Statements of net assets|K
6-06|Special provisions applicable to the balance sheets of issuers of face-amount certificates|K
6-07|Statements of operations|K
6-08|Special provisions applicable to the statements of operations of issuers of face-amount certificates|K
6-09|Statements of changes in net assets|K
6-10|What schedules are to be filed|K
6-11|Financial statements of funds acquired or to be acquired|K
# Article 6A
6A-01|Application of Article 6A|K
6A-02|Special rules applicable to employee stock purchase, savings and similar plans|K
6A-03|Statements of financial condition|K
6A-04|Statements of income and changes in plan equity|K
6A-05|What schedules are to be filed|K
# Article 7
7-01|Application of Article 7|K
7-02|General requirement|K
7-03|Balance sheets|K
7-04|Statements of comprehensive income|K
7-05|What schedules are to be filed|K
# Article 8
8-01|General requirements for Article 8|C:DART-SX8
8-02|Annual financial statements|C:LEXBUILD-ECFR
8-03|Interim financial statements|K
8-04|Financial statements of businesses acquired or to be acquired|K
8-05|Pro forma financial information|K
8-06|Real estate operations acquired or to be acquired|K
8-07|Limited partnerships|K
8-08|Age of financial statements|C:LEXBUILD-ECFR
# Article 9
9-01|Application of §§ 210.9-01 to 210.9-07|K
9-02|General requirement|K
9-03|Balance sheets|K
9-04|Income statements|K
9-05|Foreign activities|K
9-06|Condensed financial information of registrant|K
9-07|[Reserved]|?
# Article 10
10-01|Interim financial statements|K|Form and content of interim statements; 10-01(a)(5) material changes.
# Article 11
11-01|Presentation requirements|K|When pro forma information is required.
11-02|Preparation requirements|K|How pro forma information is prepared and adjusted.
11-03|Presentation of financial forecast|K
# Article 12
12-01|Application of §§ 210.12-01 to 210.12-29|K
12-02|Marketable securities—other investments|K
12-03|Amounts receivable from related parties and underwriters, promoters, and employees other than related parties|K
12-04|Condensed financial information of registrant|K
12-05|Indebtedness of and to related parties—not current|K
12-06|Property, plant and equipment|K
12-07|Accumulated depreciation, depletion and amortization of property, plant and equipment|K
12-08|Guarantees of securities of other issuers|K
12-09|Valuation and qualifying accounts|K
12-10|Short-term borrowings|K
12-11|Supplementary income statement information|K
12-12|Investments in securities of unaffiliated issuers|K
12-14|Investments in and advances to affiliates|K
12-15|Summary of investments—other than investments in related parties|K
12-16|Supplementary insurance information|K
12-17|Reinsurance|K
12-18|Supplemental information (for property-casualty insurance underwriters)|K
12-28|Real estate and accumulated depreciation|K
12-29|Mortgage loans on real estate|K
# Article 13
13-01|Guarantors and issuers of guaranteed securities registered or being registered|K
13-02|Affiliates whose securities collateralize securities registered or being registered|K
# Article 14 (adopted 2024; stayed)
14-01|Climate-related disclosure|?
14-02|Climate-related disclosure — financial statement effects|?
# Article 15
15-01|Acquisitions involving shell companies|?
`;

export const SX_RULES: Map<string, CatalogEntry> = lazyTable(SX_TEXT, 'K', (id) => ({ url: ECFR('210', id) }));

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
