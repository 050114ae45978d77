import { fromRows, type CatalogEntry } from './entry';

// Staff Accounting Bulletins: the topics of the SAB codification (titles: docs/reference-data.md §11) and the
// numbered bulletins drafters cite. Glosses are ours.

const SAB_URL = 'https://www.sec.gov/rules-regulations/staff-guidance/staff-accounting-bulletins';

export const SAB_TOPICS: Map<string, CatalogEntry> = fromRows(
  [
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
  ],
  () => SAB_URL,
);

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
