// Workspace-wide review: every response letter in the workspace folders is checked, open or not, so the Problems
// panel lists every unanswered comment across a folder of letters. Open documents always win over the disk copy.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export { findLetters } from '../disk/find-letters';
export { isLetterFile } from '../core/letter-files';

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

/** Reads a letter from disk for review; undefined when it is not text we should check. */
export function readForReview(file: string, maxBytes: number): { text: string } | { tooLarge: number } | { skipped: string } {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return { skipped: 'not a file' };
    if (stat.size > maxBytes) return { tooLarge: stat.size };
    const bytes = readFileSync(file);
    if (bytes.subarray(0, 8192).includes(0)) return { skipped: 'binary' };
    return { text: new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '') };
  } catch (err) {
    return { skipped: (err as NodeJS.ErrnoException).code ?? 'unreadable' };
  }
}
