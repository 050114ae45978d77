import * as path from 'node:path';
import { parseOptions, type CliIo } from './cli-io';
import { InputError } from './read-letter';
import { sameFile } from '../disk/same-file';
import { exportDocx, exportLetter, exportRefusals, readiness, type ExportResult } from '../core/export';
import { parseLetter } from '../core/dialect/parse';

export const EXPORT_HELP = `usage: corresp export FILE --to html|docx|txt [-o OUT] [--draft]

Writes the letter for filing or review: EDGAR-ready HTML (no scripts, no external references), DOCX, or text.
The front matter (and its commitment register), HTML comments (suppressions) and <!-- internal --> ...
<!-- /internal --> blocks never appear in the export. A letter with Rule 83 redaction markers ([***]{words})
gives two files: OUT (the redacted public version, with the legend and page marks) and OUT with ".confidential"
before its extension (the full version).

  --to html|docx|txt  the format (required unless OUT ends in .html, .htm, .docx or .txt)
  -o, --output OUT    where to write (default: FILE with the format's extension; "-" for standard output,
                      html and txt only, and not for a letter with redactions)
  --draft             write the copy even when the letter is not ready to file, marked DRAFT -- NOT FOR FILING

html and txt are the copies filed on EDGAR: a letter that is not ready to file (placeholders, TODO/[TBD],
unanswered comments, no date, no signer: rule not-ready-to-file) is refused, its findings listed, unless --draft
is given. docx is the review copy: it is written, and the findings are listed.

Refused (exit 2): a letter whose front matter, HTML comment or internal block is never closed or broken (the
register would leak or text would be lost), and an output that is the letter itself (the confidential copy too).

Exit status: 0 written, 2 usage or input failure, or refused (also a letter not ready to file, without --draft).`;

/** Synchronous for html/txt; DOCX needs the zip writer, which is asynchronous, so the command returns a promise. */
export function runExport(args: string[], io: CliIo): number | Promise<number> {
  const parsed = parseOptions(args, {
    help: { type: 'boolean', short: 'h' },
    to: { type: 'string', short: 't' },
    output: { type: 'string', short: 'o' },
    draft: { type: 'boolean' },
  });
  if ('error' in parsed) return usage(io, parsed.error);
  const { values: opts, positionals } = parsed;
  if (opts.help) {
    io.stdout(EXPORT_HELP + '\n');
    return 0;
  }
  if (positionals.length > 1) return usage(io, `one letter at a time (got "${positionals[0]}" and "${positionals[1]}")`);
  const input = positionals[0];
  if (!input) return usage(io, 'give the letter to export');
  if (opts.output === '') return usage(io, '--output needs a file name');
  // The output's extension says the format when --to is not given ("-o letter.docx").
  const implied = opts.output ? { '.html': 'html', '.htm': 'html', '.docx': 'docx', '.txt': 'txt' }[path.extname(opts.output).toLowerCase()] : undefined;
  const to = opts.to ?? implied;
  if (to === undefined) return usage(io, 'say which copy: --to html (for EDGAR), --to docx (for review) or --to txt (ASCII EDGAR)');
  const format = to.toLowerCase().replace(/^\./, '');
  if (format !== 'html' && format !== 'docx' && format !== 'txt') return usage(io, `--to must be html, docx or txt, not "${to}"`);

  let text: string;
  try {
    text = input === '-' ? io.readStdin() : io.readFile(path.resolve(io.cwd, input));
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.stderr(`corresp export: ${err.message}\n`);
    return 2;
  }
  const name = input === '-' ? '<stdin>' : input;
  const letter = parseLetter(text);
  if (!letter.comments.length && !letter.responses.length) {
    io.stderr(`corresp export: ${name}: is not a response letter (no staff comments or responses were found)\n`);
    return 2;
  }
  const refusals = exportRefusals(text, letter);
  if (refusals.length) {
    io.stderr(`corresp export: ${name}: not exported: ${refusals.join('; ')}. Fix it first (run corresp check)\n`);
    return 2;
  }
  const out = opts.output ?? defaultOutput(input, format);
  if (out === '-' && format === 'docx') return usage(io, 'a .docx cannot go to standard output; give -o FILE');
  if (out !== '-' && input !== '-') {
    // Every file the export may write, the derived confidential copy included, is checked against the letter.
    for (const target of [out, confidentialName(out)]) {
      if (sameFile(path.resolve(io.cwd, target), path.resolve(io.cwd, input))) {
        io.stderr(`corresp export: ${target} is the letter itself${target === out ? '' : ` (the confidential copy of ${out})`}; choose another output with -o. Nothing was written\n`);
        return 2;
      }
    }
  }

  // The readiness gate: the EDGAR copies refuse a letter that cannot be filed as it stands, unless marked DRAFT.
  const notReady = readiness(text);
  const listed = notReady.map((f) => `${name}:${f.line}: not ready to file: ${f.message}\n`).join('');
  if (notReady.length && format !== 'docx' && !opts.draft) {
    io.stderr(listed);
    io.stderr(`corresp export: ${name} is not ready to file (${notReady.length} finding${notReady.length > 1 ? 's' : ''}); nothing was written. Fix them, or export with --draft for a copy marked DRAFT.\n`);
    return 2;
  }
  if (notReady.length) io.stderr(listed);

  if (format === 'docx') {
    return exportDocx(text, { draft: opts.draft }).then((r) => finish(io, name, out, r));
  }
  const r = exportLetter(text, format, { draft: opts.draft });
  if (out === '-') {
    if (r.confidential !== undefined) {
      io.stderr(`corresp export: ${name} has redaction markers and exports as two files; give -o FILE\n`);
      return 2;
    }
    io.stdout(r.output);
    for (const w of r.warnings) io.stderr(`${name}: warning: ${w}\n`);
    return 0;
  }
  return finish(io, name, out, r);
}

function finish(io: CliIo, name: string, out: string, r: ExportResult<string | Uint8Array>): number {
  const written: string[] = [];
  try {
    io.writeFile(path.resolve(io.cwd, out), r.output);
    written.push(out + (r.confidential !== undefined ? ' (public, redacted)' : ''));
    if (r.confidential !== undefined) {
      const conf = confidentialName(out);
      io.writeFile(path.resolve(io.cwd, conf), r.confidential);
      written.push(`${conf} (confidential, full text: do not file on EDGAR)`);
    }
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.stderr(`corresp export: cannot write ${out}: ${err.message}${written.length ? ` (${written.join(', ')} was written)` : ''}\n`);
    return 2;
  }
  for (const w of r.warnings) io.stderr(`${name}: warning: ${w}\n`);
  io.stderr(`${name} → ${written.join(', ')}\n`);
  return 0;
}

function usage(io: CliIo, message: string): number {
  io.stderr(`corresp export: ${message}\n\n${EXPORT_HELP}\n`);
  return 2;
}

function defaultOutput(input: string, format: string): string {
  if (input === '-') return '-';
  const base = path.basename(input).replace(/(?:\.corresp)?\.(?:md|markdown|txt)$/i, '');
  return path.join(path.dirname(input), `${base}.${format}`);
}

export function confidentialName(out: string): string {
  const ext = path.extname(out);
  return ext ? `${out.slice(0, -ext.length)}.confidential${ext}` : `${out}.confidential`;
}
