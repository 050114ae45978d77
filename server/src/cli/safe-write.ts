// Writing a file the user owns without surprising them: through a symbolic link (the target changes, the link
// stays), keeping the file's mode and owner, its UTF-8 byte-order mark and its hard links, and never writing a
// read-only file. A new or replaced file is written to a temporary file beside it and renamed over it, so a crash
// never leaves half a letter.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from './read-letter';
import { realTarget } from '../disk/same-file';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Writes `data` to `file`. Text written over a file that starts with a UTF-8 BOM keeps it. Throws InputError with
 * the reason a person should read when the file is read-only, not a regular file, or cannot be written.
 */
export function writeFileSafely(file: string, data: string | Uint8Array): void {
  const target = realTarget(file);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new InputError(`${file}: cannot write (${(err as NodeJS.ErrnoException).code})`);
  }
  if (stat && !stat.isFile()) throw new InputError(`${file}: is not a regular file, so it was not written`);
  // Mode bits, not access(2): root may write anything, but a file someone made read-only is not to be changed.
  if (stat && (stat.mode & 0o222) === 0) throw new InputError(`${file}: is read-only, so it was not changed (make it writable, e.g. chmod u+w, and run again)`);
  let bytes: Uint8Array = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  if (stat && typeof data === 'string' && !data.startsWith('\uFEFF') && startsWithBom(target)) bytes = Buffer.concat([BOM, bytes]);

  if (stat && stat.nlink > 1) {
    // A rename would split the hard links: write in place so every name sees the new text.
    writeInPlace(file, target, bytes);
    return;
  }
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.corresp-${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes, { mode: stat ? stat.mode & 0o7777 : 0o666, flag: 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // A folder we may not add to, holding a file we may write: in place is the only way (and keeps owner and mode).
    if (stat && (code === 'EACCES' || code === 'EPERM')) {
      writeInPlace(file, target, bytes);
      return;
    }
    throw writeError(file, err);
  }
  try {
    if (stat) {
      fs.chmodSync(tmp, stat.mode & 0o7777); // the umask may have narrowed it
      try {
        fs.chownSync(tmp, stat.uid, stat.gid);
      } catch {
        // Not ours to give away (someone else's file we may write): write in place, which keeps the owner.
        fs.rmSync(tmp, { force: true });
        writeInPlace(file, target, bytes);
        return;
      }
    }
    fs.renameSync(tmp, target);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    if (err instanceof InputError) throw err;
    throw writeError(file, err);
  }
}

function writeError(file: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  return new InputError(`${file}: cannot write (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? (err as Error).message})`);
}

function writeInPlace(file: string, target: string, bytes: Uint8Array): void {
  try {
    fs.writeFileSync(target, bytes);
  } catch (err) {
    throw writeError(file, err);
  }
}

function startsWithBom(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(3);
    return fs.readSync(fd, head, 0, 3, 0) === 3 && head.equals(BOM);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
