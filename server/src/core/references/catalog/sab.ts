import { fromRows, type CatalogEntry, type Row } from './entry';
import { LazyMap, parseLines } from './compact';

// Staff Accounting Bulletins: the topics of the SAB codification (titles: docs/reference-data.md §11) and the
// numbered bulletins drafters cite. Glosses are ours.

const SAB_URL = 'https://www.sec.gov/rules-regulations/staff-guidance/staff-accounting-bulletins';

// Lettered subtopics (general knowledge, K). A letter not listed is unverifiable, not wrong.
const SUBTOPIC_TEXT = `
1.B|Allocation of Expenses and Related Disclosure in Financial Statements of Subsidiaries, Divisions or Lesser Business Components of Another Entity|K|Carve-out financial statements: expenses borne by the parent.
1.B.1|Costs Reflected in Historical Financial Statements|K
1.B.2|Pro Forma Financial Statements and Earnings per Share|K
1.B.3|Other Matters|K
1.D|Foreign Companies|K
1.E|Requirements for Audited or Certified Financial Statements|K
1.F|Financial Statement Requirements in Filings Involving the Formation of a One-Bank Holding Company|K
1.I|Financial Statements of Properties Securing Mortgage Loans|K
1.J|Application of Rule 3-05 in Initial Registration Statements|K
1.K|Financial Statements of Acquired Troubled Financial Institutions|K
4.B|Subchapter S Corporations|K
4.C|Change in Capital Structure|K
4.E|Receivables from Sale of Stock|K
4.F|Limited Partnerships|K
4.G|Notes and Other Receivables from Affiliates|K
5.A|Expenses of Offering|K
5.B|Gain or Loss from Disposition of Equipment|K
5.E|Accounting for Divestiture of a Subsidiary or Other Business Operation|K
5.F|Accounting Changes Not Retroactively Applied Due to Immateriality|K
5.G|Transfers of Nonmonetary Assets by Promoters or Shareholders|K
5.H|Accounting for Sales of Stock by a Subsidiary|K
5.J|Push Down Basis of Accounting Required in Certain Limited Circumstances|K|Rescinded by SAB 115 (2014).
5.L|LIFO Inventory Practices|K
5.M|Other Than Temporary Impairment of Certain Investments in Equity Securities|K
5.N|Discounting by Property-Casualty Insurance Companies|K
5.O|Research and Development Arrangements|K
5.P|Restructuring Charges|K
5.Q|Increasing Rate Preferred Stock|K
5.S|Quasi-Reorganization|K
5.U|Gain Recognition on the Sale of a Business or Operating Assets to a Highly Leveraged Entity|K
5.W|Contingency Disclosures Regarding Property-Casualty Insurance Reserves for Unpaid Claim Costs|K
5.X|Accounting for Income Tax Benefits Associated with Bad Debts of Thrifts|K
5.Z|Accounting and Disclosure Regarding Discontinued Operations|K
5.BB|Inventory Valuation Allowances|K
5.CC|Impairments|K
5.DD|Written Loan Commitments Recorded at Fair Value Through Earnings|K
11.A|Operating-Differential Subsidies|K
11.B|Depreciation and Depletion Excluded from Cost of Sales|K
11.C|Tax Holidays|K
11.E|Chronological Ordering of Data|K
11.F|LIFO Liquidations|K
11.G|Tax Equivalent Adjustment in Financial Statements of Bank Holding Companies|K
11.H|Disclosures by Bank Holding Companies Regarding Certain Foreign Loans|K
11.I|Reporting of an Allocated Transfer Risk Reserve in Filings Under the Federal Securities Laws|K
11.K|Application of Article 9 and Guide 3|K
11.N|Disclosures of the Impact of Assistance from Federal Financial Institution Regulatory Agencies|K
13.A|Selected Revenue Recognition Issues|K
13.B|Disclosures|K
14.A|Share-Based Payment Transactions with Nonemployees|K
14.B|Transition from Nonpublic to Public Entity Status|K
14.C|Valuation Methods|K
14.D|Certain Assumptions Used in Valuation Methods|K
14.E|FASB ASC Topic 718, Compensation—Stock Compensation, and Certain Redeemable Financial Instruments|K
14.F|Classification of Compensation Expense Associated with Share-Based Payment Arrangements|K
14.G|Non-GAAP Financial Measures|K
14.H|First Time Adoption of FASB ASC Topic 718 in an Interim Period|K
14.I|Capitalization of Compensation Cost Related to Share-Based Payment Arrangements|K
14.K|Modification of Employee Share Options Prior to Adoption of FASB ASC Topic 718|K
14.L|MD&A Subsequent to Adoption of FASB ASC Topic 718|K
`;

const SAB_TOPIC_ROWS: readonly Row[] = [
    ['1', 'Financial Statements', 'C', 'Financial statement matters, including materiality (1.M) and prior-year misstatements (1.N).'],
    ['1.M', 'Materiality', 'K', 'Assessing materiality qualitatively as well as quantitatively (from SAB 99).'],
    ['1.N', 'Considering the Effects of Prior Year Misstatements when Quantifying Misstatements in Current Year Financial Statements', 'K', 'The rollover and iron-curtain approaches (from SAB 108).'],
    ['2', 'Business Combinations', 'C'],
    ['3', 'Senior Securities', 'C'],
    ['4', 'Equity Accounts', 'C'],
    ['5', 'Miscellaneous Accounting', 'C', 'Assorted accounting matters, e.g. 5.T expenses paid by principal stockholders and 5.Y loss contingencies (K).'],
    ['5.T', 'Accounting for Expenses or Liabilities Paid by Principal Stockholder(s)', 'K'],
    ['5.Y', 'Accounting and Disclosures Relating to Loss Contingencies', 'K'],
    ['6', 'Interpretations of Accounting Series Releases and Financial Reporting Releases', 'C'],
    ['7', 'Real Estate Companies', 'C'],
    ['8', 'Retail Companies', 'C'],
    ['9', 'Finance Companies', 'C'],
    ['10', 'Utility Companies', 'C'],
    ['11', 'Miscellaneous Disclosure', 'C', 'Assorted disclosure matters, e.g. 11.M on recently issued standards (K).'],
    ['11.M', 'Disclosure of the Impact That Recently Issued Accounting Standards Will Have on the Financial Statements', 'K', 'What to say about standards issued but not yet adopted (from SAB 74).'],
    ['12', 'Oil and Gas Producing Activities', 'C'],
    ['13', 'Revenue Recognition', 'C', 'Staff views on revenue recognition (SAB 101, revised by SAB 104).', { note: 'Largely withdrawn after ASC 606 (SAB 116, K).' }],
    ['14', 'Share-Based Payment', 'K', 'Staff views on share-based payment (SAB 107, amended by SAB 110).'],
];

export const SAB_TOPICS: Map<string, CatalogEntry> = new LazyMap(() => [
  ...fromRows(SAB_TOPIC_ROWS, () => SAB_URL),
  ...parseLines(SUBTOPIC_TEXT, 'K', () => ({ url: SAB_URL })),
]);

export const SAB_NUMBERS: Map<string, CatalogEntry> = fromRows(
  [
    ['74', 'Disclosure of the impact of recently issued accounting standards', 'K', 'Now SAB Topic 11.M.'],
    ['99', 'Materiality', 'K', 'Now SAB Topic 1.M.'],
    ['101', 'Revenue Recognition in Financial Statements', 'C', 'Created SAB Topic 13 (1999).'],
    ['104', 'Revenue Recognition', 'C', 'Revised SAB Topic 13 (2003).'],
    ['107', 'Share-Based Payment', 'K', 'Created SAB Topic 14.'],
    ['108', 'Considering the Effects of Prior Year Misstatements when Quantifying Misstatements in Current Year Financial Statements', 'K', 'Now SAB Topic 1.N.'],
    ['110', 'Share-Based Payment (simplified method)', 'K', 'Amended SAB Topic 14.'],
    ['116', 'Conforming SAB guidance to ASC 606', 'K', 'Aligned SAB Topic 13 with ASC 606.'],
    ['118', 'Income tax effects of the Tax Cuts and Jobs Act', 'K', 'Measurement-period relief for the 2017 tax act.'],
    ['121', 'Safeguarding crypto-assets for platform users', '?', 'Rescinded by SAB 122 (January 2025, ?).', { supersededBy: 'SAB No. 122', supersededFrom: '2025-01-23' }],
    ['122', 'Rescission of SAB 121', '?'],
  ],
  () => SAB_URL,
);
