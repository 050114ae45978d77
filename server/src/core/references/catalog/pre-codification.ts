import type { CatalogEntry, SourceMark } from './entry';

// Pre-codification US GAAP standards drafters still cite, with the Codification topic that absorbed each.
// The Codification became the single source of authoritative GAAP for periods ending after September 15, 2009.
// Mappings are general knowledge (K) unless marked.

export const CODIFICATION_EFFECTIVE = '2009-09-15';

const rows: [string, string, string, SourceMark?][] = [
  ['FAS 2', 'Accounting for Research and Development Costs', 'ASC 730'],
  ['FAS 5', 'Accounting for Contingencies', 'ASC 450'],
  ['FAS 13', 'Accounting for Leases', 'ASC 840'],
  ['FAS 34', 'Capitalization of Interest Cost', 'ASC 835-20'],
  ['FAS 52', 'Foreign Currency Translation', 'ASC 830'],
  ['FAS 57', 'Related Party Disclosures', 'ASC 850'],
  ['FAS 86', 'Accounting for the Costs of Computer Software to Be Sold, Leased, or Otherwise Marketed', 'ASC 985-20'],
  ['FAS 87', "Employers' Accounting for Pensions", 'ASC 715'],
  ['FAS 95', 'Statement of Cash Flows', 'ASC 230'],
  ['FAS 106', "Employers' Accounting for Postretirement Benefits Other Than Pensions", 'ASC 715'],
  ['FAS 107', 'Disclosures about Fair Value of Financial Instruments', 'ASC 825'],
  ['FAS 109', 'Accounting for Income Taxes', 'ASC 740'],
  ['FAS 115', 'Accounting for Certain Investments in Debt and Equity Securities', 'ASC 320'],
  ['FAS 123', 'Share-Based Payment', 'ASC 718'],
  ['FAS 128', 'Earnings per Share', 'ASC 260'],
  ['FAS 130', 'Reporting Comprehensive Income', 'ASC 220'],
  ['FAS 131', 'Disclosures about Segments of an Enterprise and Related Information', 'ASC 280'],
  ['FAS 133', 'Accounting for Derivative Instruments and Hedging Activities', 'ASC 815'],
  ['FAS 140', 'Accounting for Transfers and Servicing of Financial Assets and Extinguishments of Liabilities', 'ASC 860'],
  ['FAS 141', 'Business Combinations', 'ASC 805'],
  ['FAS 142', 'Goodwill and Other Intangible Assets', 'ASC 350'],
  ['FAS 143', 'Accounting for Asset Retirement Obligations', 'ASC 410-20'],
  ['FAS 144', 'Accounting for the Impairment or Disposal of Long-Lived Assets', 'ASC 360-10'],
  ['FAS 146', 'Accounting for Costs Associated with Exit or Disposal Activities', 'ASC 420'],
  ['FAS 150', 'Accounting for Certain Financial Instruments with Characteristics of both Liabilities and Equity', 'ASC 480'],
  ['FAS 154', 'Accounting Changes and Error Corrections', 'ASC 250'],
  ['FAS 157', 'Fair Value Measurements', 'ASC 820'],
  ['FAS 159', 'The Fair Value Option for Financial Assets and Financial Liabilities', 'ASC 825'],
  ['FAS 160', 'Noncontrolling Interests in Consolidated Financial Statements', 'ASC 810'],
  ['FAS 165', 'Subsequent Events', 'ASC 855'],
  ['FAS 166', 'Accounting for Transfers of Financial Assets', 'ASC 860'],
  ['FAS 167', 'Amendments to FASB Interpretation No. 46(R)', 'ASC 810'],
  ['FIN 45', "Guarantor's Accounting and Disclosure Requirements for Guarantees", 'ASC 460'],
  ['FIN 46', 'Consolidation of Variable Interest Entities', 'ASC 810'],
  ['FIN 48', 'Accounting for Uncertainty in Income Taxes', 'ASC 740-10'],
  ['APB 16', 'Business Combinations', 'ASC 805'],
  ['APB 18', 'The Equity Method of Accounting for Investments in Common Stock', 'ASC 323'],
  ['APB 25', 'Accounting for Stock Issued to Employees', 'ASC 718'],
  ['APB 28', 'Interim Financial Reporting', 'ASC 270'],
  ['APB 30', 'Reporting the Results of Operations', 'ASC 225-20'],
  ['EITF 00-21', 'Revenue Arrangements with Multiple Deliverables', 'ASC 605-25'],
  ['EITF 99-19', 'Reporting Revenue Gross as a Principal versus Net as an Agent', 'ASC 605-45'],
  ['EITF 01-9', 'Accounting for Consideration Given by a Vendor to a Customer', 'ASC 605-50'],
  ['EITF 08-1', 'Revenue Arrangements with Multiple Deliverables', 'ASC 605-25'],
  ['SOP 97-2', 'Software Revenue Recognition', 'ASC 985-605'],
  ['SOP 98-1', 'Accounting for the Costs of Computer Software Developed or Obtained for Internal Use', 'ASC 350-40'],
  ['SOP 81-1', 'Accounting for Performance of Construction-Type and Certain Production-Type Contracts', 'ASC 605-35'],
];

export const PRE_CODIFICATION: Map<string, CatalogEntry> = new Map(
  rows.map(([id, title, to, mark]) => [
    id,
    {
      id,
      title,
      mark: mark ?? 'K',
      gloss: `Pre-codification standard; its guidance now sits in ${to}.`,
      supersededBy: to,
      supersededFrom: CODIFICATION_EFFECTIVE,
    },
  ]),
);
