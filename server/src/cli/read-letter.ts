import * as fs from 'node:fs';
import * as path from 'node:path';

/** A file the CLI could not read, with the message a person should see. */
export class InputError extends Error {}

const LETTER_FILE = /\.(?:corresp\.md|md|markdown|txt)$/i;

/** Reads a letter from disk as UTF-8 text, refusing binary and non-UTF-8 files with a clear message. */
export function readLetterFile(file: string, maxBytes = 64 * 1024 * 1024): string {
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
  return decodeLetter(bytes, file);
}

export function decodeLetter(bytes: Uint8Array, name: string): string {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new InputError(`${name}: looks like a binary file (it contains NUL bytes), not a letter`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError(`${name}: is not valid UTF-8 text; save it as UTF-8 and try again`);
  }
}

/** Is this file a response letter we should check when a directory is given? */
export function looksLikeLetterFile(file: string): boolean {
  return LETTER_FILE.test(file);
}

/**
 * Expands the CLI's path arguments: files as given, directories to the letters inside them, and simple globs
 * (`*`, `?`, `**`). Every argument that yields nothing is reported.
 */
export function expandPaths(args: string[], cwd = process.cwd()): { files: string[]; errors: string[] } {
  const files: string[] = [];
  const errors: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      files.push('-');
      continue;
    }
    if (/[*?]/.test(arg)) {
      const found = glob(arg, cwd);
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
      const found = walk(path.resolve(cwd, arg))
        .filter((f) => looksLikeLetterFile(f))
        .map((f) => path.relative(cwd, f) || f);
      if (!found.length) errors.push(`${arg}: is a directory with no letters in it (.corresp.md, .md or .txt)`);
      files.push(...found);
    } else files.push(arg);
  }
  return { files: [...new Set(files)], errors };
}

function walk(dir: string, out: string[] = [], depth = 0): string[] {
  if (depth > 20) return out;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out, depth + 1);
    else if (e.isFile()) out.push(p);
  }
  return out;
}

function glob(pattern: string, cwd: string): string[] {
  const norm = pattern.split(path.sep).join('/');
  const firstMeta = norm.search(/[*?]/);
  const baseEnd = norm.lastIndexOf('/', firstMeta);
  const base = baseEnd < 0 ? '.' : norm.slice(0, baseEnd) || '/';
  const re = new RegExp(
    '^' +
      norm
        .slice(baseEnd + 1)
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*\*\//g, '\u0000')
        .replace(/\*\*/g, '.*')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]')
        .replace(/\u0000/g, '(?:.*/)?') +
      '$',
  );
  const root = path.resolve(cwd, base);
  return walk(root)
    .filter((f) => re.test(path.relative(root, f).split(path.sep).join('/')))
    .map((f) => path.relative(cwd, f) || f);
}
