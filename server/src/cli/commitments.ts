// `corresp commitments [paths...] --format csv|json|md`: every commitment across the letters given, one row each —
// the disclosure committee's tracker. The rows come from the core (core/commitments/rows.ts).

import { analyze } from '../core/check';
import { commitmentRows, rowsToCsv, rowsToMarkdown, type CommitmentRow } from '../core/commitments/rows';
import { isDocumentFile, readDocuments } from './documents';

export { commitmentRows, rowsToCsv, rowsToMarkdown, type CommitmentRow };

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
export function runCommitments(args: string[], io: CommitmentsIo & { cwd?: string }): number | Promise<number> {
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
  // Word drafts, PDFs and HTML letters are converted first (the readers are loaded on first use).
  if (paths.some(isDocumentFile)) return readDocuments(paths, { cwd: io.cwd ?? process.cwd() }).then((docs) => listRows(paths, format, io, docs));
  return listRows(paths, format, io);
}

function listRows(paths: string[], format: 'csv' | 'json' | 'md', io: CommitmentsIo, docs?: Awaited<ReturnType<typeof readDocuments>>): number {
  const rows: CommitmentRow[] = [];
  let failed = false;
  for (const path of paths) {
    let text: string;
    try {
      const doc = docs?.get(path);
      if (doc instanceof Error) throw doc;
      text = doc ? doc.text : io.readFile(path);
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
