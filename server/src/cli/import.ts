import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseOptions, type CliIo } from './cli-io';
import { InputError } from './read-letter';
import { sameFile } from '../disk/same-file';
import { importStaffLetter } from '../core/import';
import { readDocumentFile } from './documents';

export const IMPORT_HELP = `usage: corresp import STAFF.pdf|STAFF.txt|STAFF.htm [-o OUT.corresp.md] [--prior PREVIOUS.corresp.md] [--format text|html] [--force]

Reads a staff comment letter (the PDF as the SEC sends it, its text, EDGAR HTML or a Word file) and writes a new response letter in the
corresp dialect: front matter from the Re: block, the staff's captions as headings, every comment verbatim and an
empty response under each. Page furniture and the staff's boilerplate are removed; what could not be placed is
reported on standard error and kept in the draft as a note.

  -o, --output FILE   where to write (default: beside the input, as NAME.corresp.md; "-" for standard output)
  --prior FILE        the previous round's response letter: named in the draft (prior:), so "prior comment N"
                      hovers show that comment and its answer, and noted beside each reference
  --format text|html  the input's format (default: sniffed)
  --force             overwrite OUT if it exists

Exit status: 0 written, 1 written but no comments were found, 2 usage or input failure (a PDF without a text
layer, e.g. a scan, is one).`;

export function runImport(args: string[], io: CliIo): number | Promise<number> {
  const parsed = parseOptions(args, {
    help: { type: 'boolean', short: 'h' },
    output: { type: 'string', short: 'o' },
    prior: { type: 'string' },
    format: { type: 'string' },
    force: { type: 'boolean', short: 'f', default: false },
  });
  if ('error' in parsed) return usage(io, parsed.error);
  const { values: opts, positionals } = parsed;
  if (opts.help) {
    io.stdout(IMPORT_HELP + '\n');
    return 0;
  }
  if (positionals.length > 1) return usage(io, `one staff letter at a time (got "${positionals[0]}" and "${positionals[1]}")`);
  const input = positionals[0];
  if (!input) return usage(io, 'give the staff letter to import');
  if (opts.output === '') return usage(io, '--output needs a file name');
  if (opts.prior === '') return usage(io, '--prior needs a file name');
  if (opts.format !== undefined && opts.format !== 'text' && opts.format !== 'html') return usage(io, `--format must be text or html, not "${opts.format}"`);
  let format = opts.format as 'text' | 'html' | undefined;
  const { output, prior, force } = opts;

  let text: string;
  let priorText: string | undefined;
  try {
    if (prior) priorText = io.readFile(resolve(io, prior));
    // A PDF or Word staff letter is converted by the input layer (plain text: the importer sets its own emphasis).
    if (input !== '-' && /\.(?:pdf|docx|docm)$/i.test(input)) {
      return readDocumentFile(input, io, { emphasis: false }).then(
        (doc) => writeDraft(io, input, doc.text, 'text', priorText, { output, prior, force }),
        (err: unknown) => {
          io.stderr(`corresp import: ${(err as Error).message}\n`);
          return 2;
        },
      );
    }
    text = input === '-' ? io.readStdin() : io.readFile(resolve(io, input), 'staff-letter');
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.stderr(`corresp import: ${(err as Error).message}\n`);
    return 2;
  }
  if (format === undefined && /\.html?$/i.test(input)) format = 'html';
  return writeDraft(io, input, text, format, priorText, { output, prior, force });
}

function writeDraft(io: CliIo, input: string, text: string, format: 'text' | 'html' | undefined, priorText: string | undefined, opts: { output?: string; prior?: string; force?: boolean }): number {
  const { output, prior, force } = opts;
  const out = output ?? defaultOutput(input);
  // The draft names the previous response by a path relative to itself (front matter `prior:`), for its hovers.
  const priorPath = prior && out !== '-' ? path.relative(path.dirname(resolve(io, out)), resolve(io, prior)).split(path.sep).join('/') : undefined;
  const { markdown, report } = importStaffLetter(text, { format, priorResponse: priorText, priorPath });

  const name = input === '-' ? '<stdin>' : input;
  if (out === '-') io.stdout(markdown);
  else {
    const abs = resolve(io, out);
    for (const read of [input, prior]) {
      if (read && read !== '-' && sameFile(abs, resolve(io, read))) {
        io.stderr(`corresp import: ${out} is ${read === input ? 'the staff letter' : 'the prior response'}; choose another output with -o\n`);
        return 2;
      }
    }
    if (fs.existsSync(abs) && !force) {
      io.stderr(`corresp import: ${out} already exists; use --force to overwrite it, or -o to choose another file\n`);
      return 2;
    }
    try {
      io.writeFile(abs, markdown);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      io.stderr(`corresp import: cannot write ${out}: ${(err as Error).message}\n`);
      return 2;
    }
  }
  const lines = [`${name}: ${report.comments.length} comment${report.comments.length === 1 ? '' : 's'} (${report.comments.join(', ') || 'none'})${out === '-' ? '' : ` → ${out}`}`];
  for (const w of report.warnings) lines.push(`  warning: ${w}`);
  for (const u of report.unplaced) lines.push(`  not placed (kept as a note in the draft): ${u}`);
  for (const d of report.dropped) lines.push(`  removed staff boilerplate: ${d.length > 100 ? d.slice(0, 99) + '…' : d}`);
  io.stderr(lines.join('\n') + '\n');
  return report.comments.length ? 0 : 1;
}

function usage(io: CliIo, message: string): number {
  io.stderr(`corresp import: ${message}\n\n${IMPORT_HELP}\n`);
  return 2;
}

function resolve(io: CliIo, p: string): string {
  return path.resolve(io.cwd, p);
}

function defaultOutput(input: string): string {
  if (input === '-') return '-';
  const dir = path.dirname(input);
  const base = path.basename(input).replace(/\.(?:txt|html?|text|md)$/i, '');
  return path.join(dir, `${base}.corresp.md`);
}
