// Reads the previous round's letter that a letter's front matter names (`prior: ../2017-05-09-response.corresp.md`),
// relative to the letter, for the CLI and the language server; the core gets the text or the reason it has none.
import { type Stats, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { isConvertedDocument } from '../core/letter-files';
import { priorPathOf, type PriorInput } from '../core/prior-letter';
import { decodeText } from '../core/text/decode';

/** Larger than any real letter: a prior "letter" past this is not read. */
const MAX_PRIOR_BYTES = 10 * 1024 * 1024;

/**
 * The prior letter named by `text`'s front matter, read from disk relative to `letterFile` (the letter's own path;
 * undefined for stdin or an unsaved document). Undefined when the front matter names none; never throws.
 */
export function readPriorInput(letterFile: string | undefined, text: string): PriorInput | undefined {
  const named = priorPathOf(text);
  if (!named) return undefined;
  const written = named.path;
  if (!letterFile && !path.isAbsolute(written)) return { path: written, problem: 'the letter is not saved, so a path relative to it cannot be followed' };
  const file = path.resolve(letterFile ? path.dirname(letterFile) : '/', written);
  if (letterFile && path.resolve(letterFile) === file) return { path: written, problem: 'it names this letter itself' };
  let stat: Stats;
  try {
    stat = statSync(file);
  } catch {
    return { path: written, problem: `there is no file at ${file}` };
  }
  if (!stat.isFile()) return { path: written, problem: `${file} is not a file` };
  if (isConvertedDocument(file)) return { path: written, problem: 'it is a PDF, Word or HTML document; convert it (corresp convert) and name the .corresp.md' };
  if (stat.size > MAX_PRIOR_BYTES) return { path: written, problem: `${file} is larger than any letter (${(stat.size / 1048576).toFixed(1)} MB)` };
  try {
    const decoded = decodeText(readFileSync(file), { windows1252: true });
    if ('problem' in decoded) return { path: written, problem: `${file} is not a text file` };
    return { path: written, text: decoded.text };
  } catch (err) {
    return { path: written, problem: `${file} cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
  }
}
