// Are two paths one file? The CLI's export and import and the VS Code client's export ask before writing, so no
// output (a derived confidential copy included) ever replaces the letter it was made from.
import { readlinkSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';

/** True when both paths name one file: the same real path, or the same device and inode (a hard link). */
export function sameFile(a: string, b: string): boolean {
  const ra = realTarget(a);
  const rb = realTarget(b);
  if (ra === rb) return true;
  try {
    const sa = statSync(ra);
    const sb = statSync(rb);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** The file a write to `p` changes: symbolic links followed, also when the file itself does not exist yet. */
export function realTarget(p: string): string {
  const abs = path.resolve(p);
  try {
    return realpathSync(abs);
  } catch {
    // A dangling link writes its target; a new file lives in its folder's real path.
    try {
      const link = readlinkSync(abs);
      return realTarget(path.resolve(path.dirname(abs), link));
    } catch {
      try {
        return path.join(realpathSync(path.dirname(abs)), path.basename(abs));
      } catch {
        return abs;
      }
    }
  }
}
