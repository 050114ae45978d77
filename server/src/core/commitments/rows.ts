// The commitment register as rows: one per commitment, for the CLI tracker (`corresp commitments`), the JSON of
// `corresp check` and the editor's "Export Commitments Register" command. Pure; never throws.
import type { Analysis } from '../check';
import { LineIndex } from '../text/lines';
import { analyseCommitments } from './commitment';

export interface CommitmentRow {
  /** The letter's path (or name) as given. */
  letter: string;
  company: string;
  comment: number | null;
  /** 1-based line of the sentence's start. */
  line: number;
  sentence: string;
  kind: string;
  /** The filing or period: from the register entry, else as named in the sentence. */
  target: string;
  place: string;
  owner: string;
  status: string;
  documented: boolean;
  hedges: string[];
  proposedText: boolean;
}

export const ROW_COLUMNS: ReadonlyArray<[keyof CommitmentRow, string]> = [
  ['letter', 'Letter'],
  ['company', 'Company'],
  ['comment', 'Comment'],
  ['line', 'Line'],
  ['sentence', 'Sentence'],
  ['kind', 'Kind'],
  ['target', 'Target filing/period'],
  ['place', 'Place'],
  ['owner', 'Owner'],
  ['status', 'Status'],
  ['documented', 'Documented'],
];

/** One row per commitment in the analysed letter. Pure; never throws. */
export function commitmentRows(analysis: Analysis, letterName = ''): CommitmentRow[] {
  try {
    const { letter } = analysis;
    const { register } = analyseCommitments(letter);
    const lines = new LineIndex(letter.text);
    return analysis.commitments.map((c) => {
      const entry = c.entry !== undefined ? register.entries.find((e) => e.index === c.entry) : undefined;
      return {
        letter: letterName,
        company: letter.facts.company ?? '',
        comment: c.comment ?? null,
        line: lines.positionAt(c.span.start).line + 1,
        sentence: c.sentence,
        kind: c.kind,
        target: entry?.filing ?? c.target ?? '',
        place: entry?.place ?? c.place ?? '',
        owner: entry?.owner ?? '',
        status: entry ? entry.status ?? 'open' : 'unrecorded',
        documented: entry !== undefined,
        hedges: c.hedges,
        proposedText: c.proposedText,
      };
    });
  } catch {
    return [];
  }
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v);
  // Cells starting with = + - @ are formulas to a spreadsheet: quote them and prefix an apostrophe.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function rowsToCsv(rows: CommitmentRow[]): string {
  const head = ROW_COLUMNS.map(([, title]) => csvCell(title)).join(',');
  const body = rows.map((r) => ROW_COLUMNS.map(([k]) => csvCell(r[k])).join(','));
  return [head, ...body].join('\r\n') + '\r\n';
}

function mdCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v);
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

export function rowsToMarkdown(rows: CommitmentRow[]): string {
  const out = [`| ${ROW_COLUMNS.map(([, t]) => t).join(' | ')} |`, `| ${ROW_COLUMNS.map(() => '---').join(' | ')} |`];
  for (const r of rows) out.push(`| ${ROW_COLUMNS.map(([k]) => mdCell(r[k])).join(' | ')} |`);
  const open = rows.filter((r) => !r.documented).length;
  out.push('', `${rows.length} commitment${rows.length === 1 ? '' : 's'}; ${open} not in a register.`);
  return out.join('\n') + '\n';
}
