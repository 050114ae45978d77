// The letters under a folder, found on disk: the CLI's `check DIR` and the server's workspace review list the same
// files, by the one definition in core/letter-files.ts.
import { type Dirent, closeSync, openSync, readSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isLetterFile, LETTER_HEAD_CHARS } from '../core/letter-files';

/** Files this many or more are not listed. */
export const MAX_LETTER_FILES = 5000;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.cache', '.vscode-test']);

/** The first characters of a file (for front matter), or '' when it cannot be read. */
export function readHead(file: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(LETTER_HEAD_CHARS * 2);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Is the file on disk a response letter? */
export function isLetterOnDisk(file: string): boolean {
  return isLetterFile(file, () => readHead(file));
}

/** Lists the letters under the folders (breadth-first, bounded, sorted), skipping build, dependency and VCS folders. */
export function findLetters(folders: string[], limit = MAX_LETTER_FILES): string[] {
  return findFiles(folders, isLetterOnDisk, limit);
}

/** The files under the folders that `accept` takes (breadth-first, bounded, sorted), skipping the same folders. */
export function findFiles(folders: string[], accept: (file: string) => boolean, limit = MAX_LETTER_FILES): string[] {
  const out: string[] = [];
  const queue = [...folders];
  let visited = 0;
  while (queue.length && out.length < limit && visited < limit * 20) {
    const dir = queue.shift()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      visited++;
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) queue.push(p);
      } else if (e.isFile() && accept(p)) {
        out.push(p);
        if (out.length >= limit) break;
      }
    }
  }
  return out.sort();
}
