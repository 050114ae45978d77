// The CLI's side of the input layer (core/input/): which paths are documents to convert (PDF, Word, HTML) rather
// than letters to read as text, reading them, and naming a finding's place in the original ("page 3").

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeLocation, DocumentError, locate, readDocument, type LetterDocument, type ReadOptions } from '../core/input';
import { isConvertedDocument } from '../core/letter-files';
import type { CliIo } from './cli-io';
import { InputError } from './read-letter';

const MAX_BYTES = 64 * 1024 * 1024;

/** A file the input layer converts (PDF, DOCX, HTML) rather than a text or markdown letter. */
export const isDocumentFile = isConvertedDocument;

/** Reads and converts one document; failures are InputErrors with the message a person should see. */
export async function readDocumentFile(file: string, io: Pick<CliIo, 'cwd'> & { readBytes?: (p: string) => Uint8Array }, opts: ReadOptions = {}): Promise<LetterDocument> {
  const abs = path.resolve(io.cwd, file);
  let bytes: Uint8Array;
  try {
    if (io.readBytes) bytes = io.readBytes(abs);
    else {
      const st = fs.statSync(abs);
      if (st.isDirectory()) throw new InputError(`${file}: is a directory`);
      if (!st.isFile()) throw new InputError(`${file}: is not a regular file (a pipe, socket or device), so it was not read`);
      if (st.size > MAX_BYTES) throw new InputError(`${file}: ${(st.size / 1048576).toFixed(1)} MB is too large to be a letter (limit ${MAX_BYTES / 1048576} MB)`);
      bytes = fs.readFileSync(abs);
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code === 'EACCES' ? 'permission denied' : code ?? (err as Error).message})`);
  }
  try {
    return await readDocument(bytes, file, opts);
  } catch (err) {
    if (err instanceof DocumentError) throw new InputError(err.message);
    throw err;
  }
}

/** Reads every document among `files`; the result maps each to its conversion or the error to report. */
export async function readDocuments(files: string[], io: Pick<CliIo, 'cwd'> & { readBytes?: (p: string) => Uint8Array }): Promise<Map<string, LetterDocument | InputError>> {
  const out = new Map<string, LetterDocument | InputError>();
  for (const f of files.filter(isDocumentFile)) {
    try {
      out.set(f, await readDocumentFile(f, io));
    } catch (err) {
      out.set(f, err instanceof InputError ? err : new InputError(`${f}: ${(err as Error).message}`));
    }
  }
  return out;
}

/** " (page 3)" for a finding on a converted document's 0-based text line; "" for a text letter. */
export function placeSuffix(doc: LetterDocument | undefined, line: number): string {
  const where = doc?.format === 'pdf' || doc?.format === 'docx' ? describeLocation(locate(doc.map, line)) : undefined;
  return where ? ` (${where})` : '';
}
