import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CliIo } from '../../server/src/cli/cli-io';
import { readLetterFile } from '../../server/src/cli/read-letter';

/** A CLI run in a fresh temporary folder: what it prints is collected, files are real. */
export function cliInTempDir(prefix = 'corresp-cli-'): { cli: CliIo; out: { stdout: string; stderr: string }; cwd: string } {
  const out = { stdout: '', stderr: '' };
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const cli: CliIo = {
    stdout: (s) => (out.stdout += s),
    stderr: (s) => (out.stderr += s),
    readFile: (p) => readLetterFile(p),
    readStdin: () => '',
    writeFile: (p, t) => fs.writeFileSync(p, t),
    cwd,
  };
  return { cli, out, cwd };
}
