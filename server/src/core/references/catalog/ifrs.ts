import type { CatalogEntry, SourceMark } from './entry';
import { parseLines } from './compact';

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
  IFRS_STANDARDS.set(`IAS ${n}`, { id: `IAS ${n}`, title, mark, ...(mark === 'C' ? { source: 'RESEARCH' } : {}), url: IFRS_URL('IAS', n), ...(note ? { note } : {}) });
for (const [n, to] of IAS_WITHDRAWN)
  IFRS_STANDARDS.set(`IAS ${n}`, {
    id: `IAS ${n}`,
    title: 'Withdrawn standard',
    mark: 'C',
    source: 'RESEARCH',
    note: `IAS ${n} has been withdrawn${to ? ` and replaced by ${to}` : ''}.`,
    supersededBy: to ?? 'a later IFRS standard',
  });
for (const [n, title, mark, note] of IFRS)
  IFRS_STANDARDS.set(`IFRS ${n}`, {
    id: `IFRS ${n}`,
    title,
    mark,
    ...(mark === 'C' ? { source: 'RESEARCH' } : {}),
    url: IFRS_URL('IFRS', n),
    ...(note ? { note } : {}),
    ...(n === '4' ? { supersededBy: 'IFRS 17', supersededFrom: '2023-01-01' } : {}),
  });

// IFRIC and SIC interpretations. IFRIC titles were read in the IAS Plus list of IFRIC Interpretations (IASPLUS-IFRIC);
// SIC titles are general knowledge. "W" marks an interpretation withdrawn or superseded, with its replacement.
const INTERPRETATIONS = `
IFRIC 1|Changes in Existing Decommissioning, Restoration and Similar Liabilities|C:IASPLUS-IFRIC
IFRIC 2|Members' Shares in Co-operative Entities and Similar Instruments|C:IASPLUS-IFRIC
IFRIC 3|Emission Rights|C:IASPLUS-IFRIC|W:withdrawn in June 2005
IFRIC 4|Determining whether an Arrangement contains a Lease|C:IASPLUS-IFRIC|W:IFRS 16
IFRIC 5|Rights to Interests arising from Decommissioning, Restoration and Environmental Rehabilitation Funds|C:IASPLUS-IFRIC
IFRIC 6|Liabilities arising from Participating in a Specific Market—Waste Electrical and Electronic Equipment|C:IASPLUS-IFRIC
IFRIC 7|Applying the Restatement Approach under IAS 29 Financial Reporting in Hyperinflationary Economies|C:IASPLUS-IFRIC
IFRIC 8|Scope of IFRS 2|C:IASPLUS-IFRIC|W:IFRS 2 (withdrawn from 1 January 2010)
IFRIC 9|Reassessment of Embedded Derivatives|C:IASPLUS-IFRIC|W:IFRS 9
IFRIC 10|Interim Financial Reporting and Impairment|C:IASPLUS-IFRIC
IFRIC 11|IFRS 2—Group and Treasury Share Transactions|C:IASPLUS-IFRIC|W:IFRS 2 (withdrawn from 1 January 2010)
IFRIC 12|Service Concession Arrangements|C:IASPLUS-IFRIC
IFRIC 13|Customer Loyalty Programmes|C:IASPLUS-IFRIC|W:IFRS 15
IFRIC 14|IAS 19—The Limit on a Defined Benefit Asset, Minimum Funding Requirements and their Interaction|C:IASPLUS-IFRIC
IFRIC 15|Agreements for the Construction of Real Estate|C:IASPLUS-IFRIC|W:IFRS 15
IFRIC 16|Hedges of a Net Investment in a Foreign Operation|C:IASPLUS-IFRIC
IFRIC 17|Distributions of Non-cash Assets to Owners|C:IASPLUS-IFRIC
IFRIC 18|Transfers of Assets from Customers|C:IASPLUS-IFRIC|W:IFRS 15
IFRIC 19|Extinguishing Financial Liabilities with Equity Instruments|C:IASPLUS-IFRIC
IFRIC 20|Stripping Costs in the Production Phase of a Surface Mine|C:IASPLUS-IFRIC
IFRIC 21|Levies|C:IASPLUS-IFRIC
IFRIC 22|Foreign Currency Transactions and Advance Consideration|K
IFRIC 23|Uncertainty over Income Tax Treatments|K
SIC 7|Introduction of the Euro|K
SIC 10|Government Assistance—No Specific Relation to Operating Activities|K
SIC 12|Consolidation—Special Purpose Entities|K|W:IFRS 10
SIC 13|Jointly Controlled Entities—Non-Monetary Contributions by Venturers|K|W:IFRS 11
SIC 15|Operating Leases—Incentives|K|W:IFRS 16
SIC 25|Income Taxes—Changes in the Tax Status of an Entity or its Shareholders|K
SIC 27|Evaluating the Substance of Transactions Involving the Legal Form of a Lease|K|W:IFRS 16
SIC 29|Service Concession Arrangements: Disclosures|K
SIC 31|Revenue—Barter Transactions Involving Advertising Services|K|W:IFRS 15
SIC 32|Intangible Assets—Web Site Costs|K
`;

for (const [id, e] of parseLines(INTERPRETATIONS, 'K')) {
  const [std, n] = id.split(' ');
  const withdrawn = e.gloss?.startsWith('W:') ? e.gloss.slice(2) : undefined;
  const entry: CatalogEntry = { ...e, id: std === 'SIC' ? `SIC-${n}` : id, url: IFRS_URL(std, n) };
  delete entry.gloss;
  if (withdrawn) {
    entry.note = /^IFRS \d+$/.test(withdrawn) ? `Superseded by ${withdrawn}.` : `Withdrawn: ${withdrawn}.`;
    entry.supersededBy = /^IFRS \d+/.test(withdrawn) ? withdrawn.replace(/ \(.*$/, '') : 'no replacement (withdrawn)';
  }
  IFRS_STANDARDS.set(id, entry);
}

/** Highest numbers in each family, for telling a typo from a standard we simply do not list. */
export const IFRS_MAX: Record<string, number> = { IAS: 41, IFRS: 19, IFRIC: 23, SIC: 32 };
