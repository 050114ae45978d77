import * as fs from 'node:fs';
import * as path from 'node:path';
import { optionValue, type CliIo } from './cli-io';
import { exportDocx, exportLetter, readiness, type ExportResult } from '../core/export';
import { parseLetter } from '../core/dialect/parse';

export const EXPORT_HELP = `usage: corresp export FILE --to html|docx|txt [-o OUT] [--draft]

Writes the letter for filing or review: EDGAR-ready HTML (no scripts, no external references), DOCX, or text.
The front matter (and its commitment register), HTML comments (suppressions) and <!-- internal --> ...
<!-- /internal --> blocks never appear in the export. A letter with Rule 83 redaction markers ([***]{words})
gives two files: OUT (the redacted public version, with the legend and page marks) and OUT with ".confidential"
before its extension (the full version).

  --to html|docx|txt  the format (required)
  -o, --output OUT    where to write (default: FILE with the format's extension; "-" for standard output,
                      html and txt only, and not for a letter with redactions)
  --draft             write the copy even when the letter is not ready to file, marked DRAFT -- NOT FOR FILING

html and txt are the copies filed on EDGAR: a letter that is not ready to file (placeholders, TODO/[TBD],
unanswered comments, no date, no signer: rule not-ready-to-file) is refused, its findings listed, unless --draft
is given. docx is the review copy: it is written, and the findings are listed.

Exit status: 0 written, 2 usage or input failure, or a letter not ready to file refused.`;

/** Synchronous for html/txt; DOCX needs the zip writer, which is asynchronous, so the command returns a promise. */
export function runExport(args: string[], io: CliIo): number | Promise<number> {
  let input: string | undefined;
  let output: string | undefined;
  let to: string | undefined;
  let draft = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--draft') draft = true;
    else if (a === '--help' || a === '-h') {
      io.stdout(EXPORT_HELP + '\n');
      return 0;
    } else if (a === '--to' || a === '-t' || a.startsWith('--to=')) ({ value: to, last: i } = optionValue(args, i));
    else if (a === '-o' || a === '--output' || a.startsWith('--output=')) {
      ({ value: output, last: i } = optionValue(args, i));
      if (!output) return usage(io, `${a} needs a file name`);
    } else if (a.startsWith('-') && a !== '-') return usage(io, `unknown option "${a}"`);
    else if (input === undefined) input = a;
    else return usage(io, `one letter at a time (got "${input}" and "${a}")`);
  }
  if (!input) return usage(io, 'give the letter to export');
  if (to === undefined) return usage(io, '--to html|docx|txt is required');
  const format = to.toLowerCase().replace(/^\./, '');
  if (format !== 'html' && format !== 'docx' && format !== 'txt') return usage(io, `--to must be html, docx or txt, not "${to}"`);

  let text: string;
  try {
    text = input === '-' ? io.readStdin() : io.readFile(path.resolve(io.cwd, input));
  } catch (err) {
    io.stderr(`corresp export: ${(err as Error).message}\n`);
    return 2;
  }
  const name = input === '-' ? '<stdin>' : input;
  const letter = parseLetter(text);
  if (!text.trim() || (!letter.comments.length && !letter.responses.length)) {
    io.stderr(`corresp export: ${name}: is not a response letter (no staff comments or responses were found)\n`);
    return 2;
  }
  const problems = letter.problems.filter((p) => /front matter/i.test(p.message));
  if (problems.length) {
    io.stderr(`corresp export: ${name}: ${problems[0].message}; fix it first (run corresp check)\n`);
    return 2;
  }
  const out = output ?? defaultOutput(input, format);
  if (out === '-' && format === 'docx') return usage(io, 'a .docx cannot go to standard output; give -o FILE');
  if (out !== '-' && input !== '-' && path.resolve(io.cwd, out) === path.resolve(io.cwd, input)) {
    io.stderr(`corresp export: ${out} is the letter itself; choose another output with -o\n`);
    return 2;
  }

  // The readiness gate: the EDGAR copies refuse a letter that cannot be filed as it stands, unless marked DRAFT.
  const notReady = readiness(text);
  const listed = notReady.map((f) => `${name}:${f.line}: not ready to file: ${f.message}\n`).join('');
  if (notReady.length && format !== 'docx' && !draft) {
    io.stderr(listed);
    io.stderr(`corresp export: ${name} is not ready to file (${notReady.length} finding${notReady.length > 1 ? 's' : ''}); nothing was written. Fix them, or export with --draft for a copy marked DRAFT.\n`);
    return 2;
  }
  if (notReady.length) io.stderr(listed);

  if (format === 'docx') {
    return exportDocx(text, { draft }).then(
      (r) => finish(io, name, out, r, (file, bytes) => writeBytesAtomic(file, bytes)),
      (err) => {
        io.stderr(`corresp export: could not build the DOCX: ${(err as Error).message}\n`);
        return 2;
      },
    );
  }
  const r = exportLetter(text, format, { draft });
  if (out === '-') {
    if (r.confidential !== undefined) {
      io.stderr(`corresp export: ${name} has redaction markers and exports as two files; give -o FILE\n`);
      return 2;
    }
    io.stdout(r.output);
    for (const w of r.warnings) io.stderr(`${name}: warning: ${w}\n`);
    return 0;
  }
  return finish(io, name, out, r, (file, s) => io.writeFileAtomic(file, s));
}

function finish<T>(io: CliIo, name: string, out: string, r: ExportResult<T>, write: (file: string, data: T) => void): number {
  const written: string[] = [];
  try {
    write(path.resolve(io.cwd, out), r.output);
    written.push(out + (r.confidential !== undefined ? ' (public, redacted)' : ''));
    if (r.confidential !== undefined) {
      const conf = confidentialName(out);
      write(path.resolve(io.cwd, conf), r.confidential);
      written.push(`${conf} (confidential, full text: do not file on EDGAR)`);
    }
  } catch (err) {
    io.stderr(`corresp export: cannot write ${out}: ${(err as Error).message}\n`);
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

/** Binary output, written atomically: a temporary file beside the target, then a rename. */
function writeBytesAtomic(file: string, bytes: Uint8Array): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.corresp-${process.pid}.tmp`);
  fs.writeFileSync(tmp, bytes);
  try {
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
