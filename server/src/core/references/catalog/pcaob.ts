import type { CatalogEntry } from './entry';
import { LazyMap, lazyTable } from './compact';

// PCAOB auditing standards in the numbering in force since December 31, 2016 (docs/reference-data.md §13), and
// the pre-2017 "Auditing Standard No. N" designations with the number each became (general knowledge, K).

const PCAOB_URL = (n: string): string => `https://pcaobus.org/oversight/standards/auditing-standards/details/AS${n}`;

export const PCAOB_CATEGORIES: Record<string, string> = {
  '1': 'General Auditing Standards',
  '2': 'Audit Procedures',
  '3': 'Auditor Reporting',
  '4': 'Matters Relating to Filings Under Federal Securities Laws',
  '5': 'Other Auditing Standards',
  '6': 'Other Matters Associated with Audits',
};

// The auditing standards in the reorganized numbering. Titles confirmed in the reference research are C:RESEARCH;
// the rest are K. Superseded entries name their replacement.
const AS_TEXT = `
1000|General Responsibilities of the Auditor in Conducting an Audit|?|Adopted 2024 (effective for audits of fiscal years beginning on or after December 15, 2025), replacing AS 1001, 1005, 1010 and 1015.
1001|Responsibilities and Functions of the Independent Auditor|C:RESEARCH
1005|Independence|C:RESEARCH
1010|Training and Proficiency of the Independent Auditor|C:RESEARCH
1015|Due Professional Care in the Performance of Work|C:RESEARCH
1101|Audit Risk|C:RESEARCH
1105|Audit Evidence|C:RESEARCH
1110|Relationship of Auditing Standards to Quality Control Standards|C:RESEARCH
1201|Supervision of the Audit Engagement|C:RESEARCH
1205|Part of the Audit Performed by Other Independent Auditors|C:RESEARCH
1206|Dividing Responsibility for the Audit with Another Accounting Firm|?|Adopted 2024 in place of AS 1205.
1210|Using the Work of an Auditor-Engaged Specialist|C:RESEARCH
1215|Audit Documentation|C:RESEARCH
1220|Engagement Quality Review|C:RESEARCH
1301|Communications with Audit Committees|C:RESEARCH
1305|Communications About Control Deficiencies in an Audit of Financial Statements|C:RESEARCH
2101|Audit Planning|C:RESEARCH
2105|Consideration of Materiality in Planning and Performing an Audit|C:RESEARCH
2110|Identifying and Assessing Risks of Material Misstatement|C:RESEARCH
2201|An Audit of Internal Control Over Financial Reporting That Is Integrated with An Audit of Financial Statements|C:RESEARCH|The integrated audit of internal control over financial reporting.
2301|The Auditor's Responses to the Risks of Material Misstatement|K
2305|Substantive Analytical Procedures|K
2310|The Auditor's Use of Confirmation|K
2315|Audit Sampling|K
2401|Consideration of Fraud in a Financial Statement Audit|K
2405|Illegal Acts by Clients|K
2410|Related Parties|K
2415|Consideration of an Entity's Ability to Continue as a Going Concern|K
2501|Auditing Accounting Estimates, Including Fair Value Measurements|K
2502|Auditing Fair Value Measurements and Disclosures|K|Superseded by AS 2501 (2020).
2503|Auditing Derivative Instruments, Hedging Activities, and Investments in Securities|K|Superseded by AS 2501 (2020).
2505|Inquiry of a Client's Lawyer Concerning Litigation, Claims, and Assessments|K
2510|Auditing Inventories|K
2601|Consideration of an Entity's Use of a Service Organization|K
2605|Consideration of the Internal Audit Function|K
2610|Initial Audits—Communications Between Predecessor and Successor Auditors|K
2701|Auditing Supplemental Information Accompanying Audited Financial Statements|K
2705|Required Supplementary Information|K
2710|Other Information in Documents Containing Audited Financial Statements|K
2801|Subsequent Events|K
2805|Management Representations|K
2810|Evaluating Audit Results|K
2815|The Meaning of "Present Fairly in Conformity with Generally Accepted Accounting Principles"|K
2820|Evaluating Consistency of Financial Statements|K
2901|Consideration of Omitted Procedures After the Report Date|K
2905|Subsequent Discovery of Facts Existing at the Date of the Auditor's Report|K
3101|The Auditor's Report on an Audit of Financial Statements When the Auditor Expresses an Unqualified Opinion|K|Includes critical audit matters.
3105|Departures from Unqualified Opinions and Other Reporting Circumstances|K
3110|Dating of the Independent Auditor's Report|K
3305|Special Reports|K
3310|Special Reports on Regulated Companies|K
3315|Reporting on Condensed Financial Statements and Selected Financial Data|K
3320|Association with Financial Statements|K
4101|Responsibilities Regarding Filings Under Federal Securities Statutes|K
4105|Reviews of Interim Financial Information|K
6101|Letters for Underwriters and Certain Other Requesting Parties|K
6105|Reports on the Application of Accounting Principles|K
6110|Compliance Auditing Considerations in Audits of Recipients of Governmental Financial Assistance|K
6115|Reporting on Whether a Previously Reported Material Weakness Continues to Exist|K
`;

const AS_SUPERSEDED: Record<string, Partial<CatalogEntry>> = {
  '2502': { supersededBy: 'AS 2501', supersededFrom: '2020-12-15' },
  '2503': { supersededBy: 'AS 2501', supersededFrom: '2020-12-15' },
};

export const PCAOB_STANDARDS: Map<string, CatalogEntry> = lazyTable(AS_TEXT, 'K', (id) => ({ url: PCAOB_URL(id), ...AS_SUPERSEDED[id] }));

// Pre-2017 interim standards ("AU sec. 332") and the AS number each became on December 31, 2016 (K). AU sections
// withdrawn before the reorganization have no entry.
const AU_MAP = `
110|1001
161|1110
210|1010
220|1005
230|1015
315|2610
316|2401
317|2405
322|2605
324|2601
328|2502
329|2305
330|2310
331|2510
332|2503
333|2805
336|1210
337|2505
341|2415
342|2501
350|2315
390|2901
411|2815
504|3320
508|3105
530|3110
543|1205
550|2710
551|2701
558|2705
560|2801
561|2905
623|3305
634|6101
711|4101
722|4105
801|6110
`;

/** "AU 332" → "2503": the reorganized number of a pre-2017 AU section (K). */
export const AU_TO_AS: Map<string, string> = new LazyMap(() =>
  AU_MAP.trim()
    .split('\n')
    .map((l) => l.split('|') as [string, string]),
);

/** Pre-2017 "Auditing Standard No. N" → current number (K). */
export const PCAOB_LEGACY: Map<string, CatalogEntry> = new Map(
  (
    [
      ['1', 'References in Auditors\u2019 Reports to the Standards of the PCAOB', undefined],
      ['3', 'Audit Documentation', 'AS 1215'],
      ['4', 'Reporting on Whether a Previously Reported Material Weakness Continues to Exist', 'AS 6115'],
      ['5', 'An Audit of Internal Control Over Financial Reporting That Is Integrated with An Audit of Financial Statements', 'AS 2201'],
      ['6', 'Evaluating Consistency of Financial Statements', 'AS 2820'],
      ['7', 'Engagement Quality Review', 'AS 1220'],
      ['8', 'Audit Risk', 'AS 1101'],
      ['9', 'Audit Planning', 'AS 2101'],
      ['10', 'Supervision of the Audit Engagement', 'AS 1201'],
      ['11', 'Consideration of Materiality in Planning and Performing an Audit', 'AS 2105'],
      ['12', 'Identifying and Assessing Risks of Material Misstatement', 'AS 2110'],
      ['13', "The Auditor's Responses to the Risks of Material Misstatement", 'AS 2301'],
      ['14', 'Evaluating Audit Results', 'AS 2810'],
      ['15', 'Audit Evidence', 'AS 1105'],
      ['16', 'Communications with Audit Committees', 'AS 1301'],
      ['17', 'Auditing Supplemental Information Accompanying Audited Financial Statements', 'AS 2701'],
      ['18', 'Related Parties', 'AS 2410'],
    ] as const
  ).map(([n, title, to]) => [
    n,
    {
      id: `AS No. ${n}`,
      title,
      mark: 'C' as const,
      source: 'PCAOB-PRE2017',
      gloss: 'Pre-2017 PCAOB numbering; the standards were renumbered effective December 31, 2016.',
      supersededBy: to ?? 'the reorganized PCAOB standards',
      supersededFrom: '2016-12-31',
    },
  ]),
);
