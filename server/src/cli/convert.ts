// `corresp convert DOC [-o OUT.corresp.md]`: a Word draft, a PDF or an EDGAR HTML letter → a letter in the dialect.
// A DOCX exported by corresp carries its front matter (and so the commitment register) as a custom XML part, which
// comes back as the letter's front matter. Tracked changes and Word comments are reported, never accepted silently.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseOptions, type CliIo } from './cli-io';
import { sameFile } from '../disk/same-file';
import { InputError } from './read-letter';
import { readDocumentFile } from './documents';

export const CONVERT_HELP = `usage: corresp convert DRAFT.docx|LETTER.pdf|RESPONSE.htm [-o OUT.corresp.md] [--force]

Converts a document into a response letter in the corresp dialect: bold, italic and underline kept as markdown
emphasis, Word's numbered lists as their numbers, tables as one line per cell. A DOCX written by
"corresp export --to docx" gets its front matter (facts and commitment register) back. Tracked changes and Word
comments are reported on standard error (counted, with their authors); the text is read as if the changes were
accepted, so accept or reject them in Word before filing.

  -o, --output FILE   where to write (default: beside the input, as NAME.corresp.md; "-" for standard output)
  --force             overwrite OUT if it exists

Exit status: 0 written, 2 usage or input failure.`;

export function runConvert(args: string[], io: CliIo): number | Promise<number> {
  const parsed = parseOptions(args, {
    help: { type: 'boolean', short: 'h' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean', short: 'f', default: false },
  });
  if ('error' in parsed) return usage(io, parsed.error);
  const { values: opts, positionals } = parsed;
  if (opts.help) {
    io.stdout(CONVERT_HELP + '\n');
    return 0;
  }
  if (positionals.length > 1) return usage(io, `one document at a time (got "${positionals[0]}" and "${positionals[1]}")`);
  const name = positionals[0];
  if (!name || name === '-') return usage(io, 'give the document to convert');
  if (opts.output === '') return usage(io, '--output needs a file name');
  const out = opts.output ?? path.join(path.dirname(name), `${path.basename(name).replace(/\.[^.]+$/, '')}.corresp.md`);
  if (out !== '-') {
    const abs = path.resolve(io.cwd, out);
    if (sameFile(abs, path.resolve(io.cwd, name))) return usage(io, `${out} is the input file; choose another output with -o`);
    if (fs.existsSync(abs) && !opts.force) {
      io.stderr(`corresp convert: ${out} already exists; use --force to overwrite it, or -o to choose another file\n`);
      return 2;
    }
  }
  return readDocumentFile(name, io).then(
    (doc) => {
      for (const n of doc.notes) io.stderr(`${name}: ${n}\n`);
      const text = withNotes(doc.text, doc.notes.map((n) => `${path.basename(name)}: ${n}`));
      if (out === '-') io.stdout(text);
      else {
        try {
          io.writeFile(path.resolve(io.cwd, out), text);
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          io.stderr(`corresp convert: cannot write ${out}: ${err.message}\n`);
          return 2;
        }
        io.stderr(`${name} → ${out}\n`);
      }
      return 0;
    },
    (err: unknown) => {
      io.stderr(`corresp convert: ${(err as Error).message}\n`);
      return 2;
    },
  );
}

/**
 * The notes (tracked changes, Word comments) stay with the converted letter as HTML comments after its front
 * matter: invisible in previews and never exported, but there for whoever edits the letter next.
 */
export function withNotes(text: string, notes: string[]): string {
  if (!notes.length) return text;
  const block = notes.map((n) => `<!-- corresp convert: ${n.replace(/--+/g, '\u2014')} -->`).join('\n') + '\n\n';
  const fm = /^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/.exec(text);
  return fm ? `${fm[0]}\n${block}${text.slice(fm[0].length).replace(/^\n+/, '')}` : block + text;
}

function usage(io: CliIo, message: string): number {
  io.stderr(`corresp convert: ${message}\n\n${CONVERT_HELP}\n`);
  return 2;
}
