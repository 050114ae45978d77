import { fromRows, type CatalogEntry } from './entry';

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

export const PCAOB_STANDARDS: Map<string, CatalogEntry> = fromRows(
  [
    ['1000', 'General Responsibilities of the Auditor in Conducting an Audit', '?', 'Adopted 2024, consolidating AS 1001, 1005, 1010 and 1015 (?).'],
    ['1001', 'Responsibilities and Functions of the Independent Auditor', 'C'],
    ['1005', 'Independence', 'C'],
    ['1010', 'Training and Proficiency of the Independent Auditor', 'C'],
    ['1015', 'Due Professional Care in the Performance of Work', 'C'],
    ['1101', 'Audit Risk', 'C'],
    ['1105', 'Audit Evidence', 'C'],
    ['1110', 'Relationship of Auditing Standards to Quality Control Standards', 'C'],
    ['1201', 'Supervision of the Audit Engagement', 'C'],
    ['1205', 'Part of the Audit Performed by Other Independent Auditors', 'C'],
    ['1210', 'Using the Work of an Auditor-Engaged Specialist', 'C'],
    ['1215', 'Audit Documentation', 'C'],
    ['1220', 'Engagement Quality Review', 'C'],
    ['1301', 'Communications with Audit Committees', 'C'],
    ['1305', 'Communications About Control Deficiencies in an Audit of Financial Statements', 'C'],
    ['2101', 'Audit Planning', 'C'],
    ['2105', 'Consideration of Materiality in Planning and Performing an Audit', 'C'],
    ['2110', 'Identifying and Assessing Risks of Material Misstatement', 'C'],
    ['2201', 'An Audit of Internal Control Over Financial Reporting That Is Integrated with An Audit of Financial Statements', 'C', 'The integrated audit of internal control over financial reporting.'],
    ['2301', "The Auditor's Responses to the Risks of Material Misstatement", 'K'],
    ['2401', 'Consideration of Fraud in a Financial Statement Audit', 'K'],
    ['2410', 'Related Parties', 'K'],
    ['2415', "Consideration of an Entity's Ability to Continue as a Going Concern", 'K'],
    ['2501', 'Auditing Accounting Estimates, Including Fair Value Measurements', 'K'],
    ['2810', 'Evaluating Audit Results', 'K'],
    ['3101', "The Auditor's Report on an Audit of Financial Statements When the Auditor Expresses an Unqualified Opinion", 'K', 'Includes critical audit matters.'],
    ['3105', 'Departures from Unqualified Opinions and Other Reporting Circumstances', 'K'],
    ['4101', 'Responsibilities Regarding Filings Under Federal Securities Statutes', 'K'],
    ['4105', 'Reviews of Interim Financial Information', 'K'],
  ],
  PCAOB_URL,
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
      mark: 'K' as const,
      gloss: 'Pre-2017 PCAOB numbering; the standards were renumbered effective December 31, 2016.',
      supersededBy: to ?? 'the reorganized PCAOB standards',
      supersededFrom: '2016-12-31',
    },
  ]),
);
