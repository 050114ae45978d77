// Workspace-wide review: every response letter in the workspace folders is checked, open or not, so the Problems
// panel lists every unanswered comment across a folder of letters. Open documents always win over the disk copy.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { declaresResponseLetter } from '../core/dialect/front-matter';

/** Files this many or more are not scanned. */
const MAX_FILES = 5000;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.cache', '.vscode-test']);

/** Is this a response letter by its name, or (for .md) by its front matter? */
export function isLetterFile(file: string, head: () => string): boolean {
  const lower = file.toLowerCase();
  if (lower.endsWith('.corresp.md') || lower.endsWith('.corresp.txt')) return true;
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return declaresResponseLetter(head());
  return false;
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).toString();
}

function readHead(file: string): string {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(4096);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Lists the letters under the workspace folders (breadth-first, bounded), skipping build and VCS folders. */
export function findLetters(folders: string[], limit = MAX_FILES): string[] {
  return findFiles(folders, (p) => isLetterFile(p, () => readHead(p)), limit);
}

/** The files under the folders that `accept` takes (breadth-first, bounded), skipping build and VCS folders. */
export function findFiles(folders: string[], accept: (file: string) => boolean, limit = MAX_FILES): string[] {
  const out: string[] = [];
  const queue = [...folders];
  let visited = 0;
  while (queue.length && out.length < limit && visited < limit * 20) {
    const dir = queue.shift()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      visited++;
      const p = path.join(dir, e.name);
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

/** Reads a letter from disk for review; undefined when it is not text we should check. */
export function readForReview(file: string, maxBytes: number): { text: string } | { tooLarge: number } | { skipped: string } {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { skipped: 'not a file' };
    if (stat.size > maxBytes) return { tooLarge: stat.size };
    const bytes = fs.readFileSync(file);
    if (bytes.subarray(0, 8192).includes(0)) return { skipped: 'binary' };
    return { text: new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '') };
  } catch (err) {
    return { skipped: (err as NodeJS.ErrnoException).code ?? 'unreadable' };
  }
}
