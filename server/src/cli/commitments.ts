// `corresp commitments [paths...] --format csv|json|md`: every commitment across the letters given, one row each —
// the disclosure committee's tracker. The rows come from the core (core/commitments/rows.ts).

import * as path from 'node:path';
import { analyze } from '../core/check';
import type { Settings } from '../core/settings';
import { parseOptions, type CliIo } from './cli-io';
import { ConfigFinder } from './config';
import { expandPaths, InputError } from './read-letter';
import { commitmentRows, rowsToCsv, rowsToMarkdown, type CommitmentRow } from '../core/commitments/rows';
import type { LetterDocument } from '../core/input';
import { isDocumentFile, readDocuments } from './documents';

export { commitmentRows, rowsToCsv, rowsToMarkdown, type CommitmentRow };

const USAGE = `Usage: corresp commitments [paths, folders, globs or - ...] [--format csv|json|md] [--config file]

Lists every commitment made in the given response letters, one row per commitment:
letter, company, comment, sentence, kind, target filing/period, place, owner, status, documented.
  --format md    a Markdown table (default)
  --format csv   comma-separated values, for a spreadsheet tracker
  --format json  a JSON array of rows
  --config file  settings for every letter (default: each letter's corresp.config.json, as for check)
Exit status: 0 listed, 2 usage or input failure (a letter over the size limit included: its commitments were not read).
`;

/**
 * Runs `corresp commitments`. Paths are files, directories (their response letters) and globs, as for `check`; each
 * letter is read with its own settings (corresp.config.json). Returns the exit code: 0 ok, 2 usage, an unreadable or
 * empty file, broken configuration, or a letter over the size limit (its commitments were not read).
 */
export function runCommitments(args: string[], io: CliIo): number | Promise<number> {
  const parsed = parseOptions(args, {
    help: { type: 'boolean', short: 'h' },
    format: { type: 'string', default: 'md' },
    config: { type: 'string' },
  });
  if ('error' in parsed) return usage(io, parsed.error);
  const { values: opts, positionals: paths } = parsed;
  if (opts.help) {
    io.stdout(USAGE);
    return 0;
  }
  const format = opts.format;
  if (format !== 'csv' && format !== 'json' && format !== 'md') return usage(io, `--format must be csv, json or md (got "${format}")`);
  if (!paths.length) return usage(io, 'give at least one letter, folder or glob');
  const { files, errors } = expandPaths(paths, io.cwd);
  for (const e of errors) io.stderr(`corresp commitments: ${e}\n`);
  // Word drafts, PDFs and HTML letters are converted first (the readers are loaded on first use).
  if (files.some(isDocumentFile)) return readDocuments(files, io).then((docs) => listRows(files, format, opts.config, errors.length > 0, io, docs));
  return listRows(files, format, opts.config, errors.length > 0, io);
}

function listRows(files: string[], format: 'csv' | 'json' | 'md', config: string | undefined, failedBefore: boolean, io: CliIo, docs?: Map<string, LetterDocument | InputError>): number {
  let failed = failedBefore;
  const configs = new ConfigFinder(io.cwd, config);
  const rows: CommitmentRow[] = [];
  for (const file of files) {
    let text: string;
    let settings: Settings;
    try {
      settings = configs.settingsFor(file);
      const doc = docs?.get(file);
      if (doc instanceof InputError) throw doc;
      text = doc ? doc.text : file === '-' ? io.readStdin() : io.readFile(path.resolve(io.cwd, file));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      io.stderr(`corresp commitments: ${err.message}\n`);
      failed = true;
      continue;
    }
    const analysis = analyze(text, settings);
    const tooLarge = analysis.findings.find((f) => f.rule === 'file-too-large');
    if (tooLarge) {
      io.stderr(`corresp commitments: ${file}: ${tooLarge.message}\n`);
      failed = true;
      continue;
    }
    rows.push(...commitmentRows(analysis, file === '-' ? '<stdin>' : file));
  }
  if (format === 'json') io.stdout(JSON.stringify(rows, null, 2) + '\n');
  else if (format === 'csv') io.stdout(rowsToCsv(rows));
  else io.stdout(rowsToMarkdown(rows));
  return failed ? 2 : 0;
}

function usage(io: CliIo, message: string): number {
  io.stderr(`corresp commitments: ${message}\n${USAGE}`);
  return 2;
}
