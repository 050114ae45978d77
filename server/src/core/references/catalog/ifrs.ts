import type { CatalogEntry, SourceMark } from './entry';

// IFRS Accounting Standards (docs/reference-data.md §12). Keys: "IAS 36", "IFRS 15", "IFRIC 23", "SIC-29", "IFRS S2".

const IFRS_URL = (std: string, n: string): string =>
  `https://www.ifrs.org/issued-standards/list-of-standards/${std.toLowerCase()}-${n.toLowerCase()}/`;

const IAS: [string, string, SourceMark, string?][] = [
  ['1', 'Presentation of Financial Statements', 'C', 'Replaced by IFRS 18 from 1 January 2027.'],
  ['2', 'Inventories', 'C'],
  ['7', 'Statement of Cash Flows', 'C'],
  ['8', 'Accounting Policies, Changes in Accounting Estimates and Errors', 'C', 'Renamed by IFRS 18 (?).'],
  ['10', 'Events after the Reporting Period', 'C'],
  ['12', 'Income Taxes', 'C'],
  ['16', 'Property, Plant and Equipment', 'C'],
  ['19', 'Employee Benefits', 'C'],
  ['20', 'Accounting for Government Grants and Disclosure of Government Assistance', 'C'],
  ['21', 'The Effects of Changes in Foreign Exchange Rates', 'C'],
  ['23', 'Borrowing Costs', 'C'],
  ['24', 'Related Party Disclosures', 'C'],
  ['26', 'Accounting and Reporting by Retirement Benefit Plans', 'K'],
  ['27', 'Separate Financial Statements', 'K'],
  ['28', 'Investments in Associates and Joint Ventures', 'K'],
  ['29', 'Financial Reporting in Hyperinflationary Economies', 'K'],
  ['32', 'Financial Instruments: Presentation', 'K'],
  ['33', 'Earnings per Share', 'C'],
  ['34', 'Interim Financial Reporting', 'C'],
  ['36', 'Impairment of Assets', 'C'],
  ['37', 'Provisions, Contingent Liabilities and Contingent Assets', 'C'],
  ['38', 'Intangible Assets', 'C'],
  ['39', 'Financial Instruments: Recognition and Measurement', 'K', 'Largely superseded by IFRS 9.'],
  ['40', 'Investment Property', 'K'],
  ['41', 'Agriculture', 'K'],
];

/** Withdrawn IAS standards and what replaced them (C: IAS list), where a single replacement exists. */
const IAS_WITHDRAWN: [string, string?][] = [
  ['3'], ['4'], ['5'], ['6'], ['9'], ['11', 'IFRS 15'], ['13'], ['14', 'IFRS 8'], ['15'], ['17', 'IFRS 16'], ['18', 'IFRS 15'], ['22', 'IFRS 3'], ['25'],
];

const IFRS: [string, string, SourceMark, string?][] = [
  ['1', 'First-time Adoption of International Financial Reporting Standards', 'C'],
  ['2', 'Share-based Payment', 'C'],
  ['3', 'Business Combinations', 'C'],
  ['4', 'Insurance Contracts', 'C', 'Superseded by IFRS 17.'],
  ['5', 'Non-current Assets Held for Sale and Discontinued Operations', 'C'],
  ['6', 'Exploration for and Evaluation of Mineral Resources', 'C'],
  ['7', 'Financial Instruments: Disclosures', 'C'],
  ['8', 'Operating Segments', 'C'],
  ['9', 'Financial Instruments', 'K'],
  ['10', 'Consolidated Financial Statements', 'K'],
  ['11', 'Joint Arrangements', 'K'],
  ['12', 'Disclosure of Interests in Other Entities', 'K'],
  ['13', 'Fair Value Measurement', 'K'],
  ['14', 'Regulatory Deferral Accounts', 'K'],
  ['15', 'Revenue from Contracts with Customers', 'K'],
  ['16', 'Leases', 'K'],
  ['17', 'Insurance Contracts', 'K'],
  ['18', 'Presentation and Disclosure in Financial Statements', 'K', 'Effective 1 January 2027.'],
  ['19', 'Subsidiaries without Public Accountability: Disclosures', 'K'],
  ['S1', 'General Requirements for Disclosure of Sustainability-related Financial Information', 'C'],
  ['S2', 'Climate-related Disclosures', 'C'],
];

export const IFRS_STANDARDS: Map<string, CatalogEntry> = new Map();
for (const [n, title, mark, note] of IAS)
  IFRS_STANDARDS.set(`IAS ${n}`, { id: `IAS ${n}`, title, mark, url: IFRS_URL('IAS', n), ...(note ? { note } : {}) });
for (const [n, to] of IAS_WITHDRAWN)
  IFRS_STANDARDS.set(`IAS ${n}`, {
    id: `IAS ${n}`,
    title: 'Withdrawn standard',
    mark: 'C',
    note: `IAS ${n} has been withdrawn${to ? ` and replaced by ${to}` : ''}.`,
    supersededBy: to ?? 'a later IFRS standard',
  });
for (const [n, title, mark, note] of IFRS)
  IFRS_STANDARDS.set(`IFRS ${n}`, {
    id: `IFRS ${n}`,
    title,
    mark,
    url: IFRS_URL('IFRS', n),
    ...(note ? { note } : {}),
    ...(n === '4' ? { supersededBy: 'IFRS 17', supersededFrom: '2023-01-01' } : {}),
  });

/** Highest numbers in each family, for telling a typo from a standard we simply do not list. */
export const IFRS_MAX: Record<string, number> = { IAS: 41, IFRS: 19, IFRIC: 23, SIC: 32 };
