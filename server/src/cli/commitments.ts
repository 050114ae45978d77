// `corresp commitments [paths...] --format csv|json|md`: every commitment across the letters given, one row each —
// the disclosure committee's tracker. `commitmentRows` is pure so `corresp check --format json` and the editor's
// "Export commitments register" command can reuse it.

import { analyze, type Analysis } from '../core/check';
import { analyseCommitments } from '../core/commitments/commitment';
import { LineIndex } from '../core/text/lines';

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

const USAGE = `Usage: corresp commitments [paths...] [--format csv|json|md]

Lists every commitment made in the given response letters, one row per commitment:
letter, company, comment, sentence, kind, target filing/period, place, owner, status, documented.
  --format md    a Markdown table (default)
  --format csv   comma-separated values, for a spreadsheet tracker
  --format json  a JSON array of rows
`;

export interface CommitmentsIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string) => string;
}

/** Runs `corresp commitments`. Returns the exit code: 0 ok, 2 usage or unreadable file. */
export function runCommitments(args: string[], io: CommitmentsIo): number {
  let format: 'csv' | 'json' | 'md' = 'md';
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--help' || a === '-h') {
      io.stdout(USAGE);
      return 0;
    }
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v !== 'csv' && v !== 'json' && v !== 'md') {
        io.stderr(`corresp commitments: --format must be csv, json or md (got ${v === undefined ? 'nothing' : `"${v}"`})\n${USAGE}`);
        return 2;
      }
      format = v;
      continue;
    }
    if (a === '--') {
      paths.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('-') && a !== '-') {
      io.stderr(`corresp commitments: unknown option ${a}\n${USAGE}`);
      return 2;
    }
    paths.push(a);
  }
  if (!paths.length) {
    io.stderr(`corresp commitments: give at least one letter\n${USAGE}`);
    return 2;
  }
  const rows: CommitmentRow[] = [];
  let failed = false;
  for (const path of paths) {
    let text: string;
    try {
      text = io.readFile(path);
    } catch (err) {
      io.stderr(`corresp commitments: cannot read ${path}: ${(err as Error)?.message ?? String(err)}\n`);
      failed = true;
      continue;
    }
    rows.push(...commitmentRows(analyze(text), path));
  }
  if (format === 'json') io.stdout(JSON.stringify(rows, null, 2) + '\n');
  else if (format === 'csv') io.stdout(rowsToCsv(rows));
  else io.stdout(rowsToMarkdown(rows));
  return failed ? 2 : 0;
}
