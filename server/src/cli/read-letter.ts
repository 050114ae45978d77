import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { decodeText, type Decoded } from '../core/text/decode';
import { findLetters } from '../disk/find-letters';

/** A file the CLI could not read, with the message a person should see. */
export class InputError extends Error {}

/** Reads a letter from disk as UTF-8 text, refusing binary and non-UTF-8 files with a clear message. */
export function readLetterFile(file: string, maxBytes = 64 * 1024 * 1024, decode = decodeLetter): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? (err as Error).message})`);
  }
  if (stat.isDirectory()) throw new InputError(`${file}: is a directory`);
  // A named pipe, socket or device would block the read (or never end): letters are regular files.
  if (!stat.isFile()) throw new InputError(`${file}: is not a regular file (a pipe, socket or device), so it was not read`);
  if (stat.size > maxBytes) throw new InputError(`${file}: ${(stat.size / 1048576).toFixed(1)} MB is too large to be a letter (limit ${(maxBytes / 1048576).toFixed(0)} MB)`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot read (${code === 'EACCES' ? 'permission denied' : code ?? (err as Error).message})`);
  }
  return decode(bytes, file);
}

/** Bytes to a letter's text: UTF-8 only (a letter is ours to save as UTF-8), not binary, not empty. */
export function decodeLetter(bytes: Uint8Array, name: string): string {
  return nonEmpty(decodedOrThrow(decodeText(bytes, { windows1252: false }), name), name);
}

/** Bytes to a staff letter's text: UTF-8, or Windows-1252 as EDGAR often serves it. */
export function decodeStaffLetter(bytes: Uint8Array, name: string): string {
  return nonEmpty(decodedOrThrow(decodeText(bytes, { windows1252: true }), name), name);
}

function decodedOrThrow(decoded: Decoded, name: string): string {
  if ('text' in decoded) return decoded.text;
  if (decoded.problem === 'binary') throw new InputError(`${name}: looks like a binary file (it contains NUL bytes), not a letter`);
  throw new InputError(`${name}: is not valid UTF-8 text; save it as UTF-8 and try again`);
}

function nonEmpty(text: string, name: string): string {
  if (!text.trim()) throw new InputError(`${name}: is empty; there is no letter to read`);
  return text;
}

/**
 * Expands the CLI's path arguments: files as given, directories to the response letters inside them (by the one
 * definition in core/letter-files.ts: a staff letter beside its response is not checked), and globs (tinyglobby),
 * which select exactly the files they match. Every argument that yields nothing is reported.
 */
export function expandPaths(args: string[], cwd = process.cwd()): { files: string[]; errors: string[] } {
  const files: string[] = [];
  const errors: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      files.push('-');
      continue;
    }
    if (isDynamicPattern(arg)) {
      const found = globSync(arg, { cwd, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] }).sort();
      if (!found.length) errors.push(`${arg}: no files match`);
      files.push(...found);
      continue;
    }
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(path.resolve(cwd, arg));
    } catch {
      errors.push(`${arg}: no such file or directory`);
      continue;
    }
    if (stat.isDirectory()) {
      const found = findLetters([path.resolve(cwd, arg)]).map((f) => path.relative(cwd, f) || f);
      if (!found.length) errors.push(`${arg}: is a directory with no response letters in it (*.corresp.md, *.corresp.txt, or .md with letter front matter)`);
      files.push(...found);
    } else files.push(arg);
  }
  return { files: [...new Set(files)], errors };
}
