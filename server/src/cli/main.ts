import * as fs from 'node:fs';
import { runCheck } from './check';
import { runCommitments } from './commitments';
import { runImport } from './import';
import { runExport } from './export';
import { runConvert } from './convert';
import { runExplain } from './explain';
import type { CliIo } from './cli-io';
import { readLetterFile, decodeLetter, decodeStaffLetter } from './read-letter';
import { writeFileSafely } from './safe-write';
import { version } from '../../../package.json';

const HELP = `corresp — check responses to SEC staff comment letters

usage: corresp <command> [options]

commands:
  check [paths...]        check response letters (*.corresp.md, *.corresp.txt, markdown whose front matter
                          declares a letter; a .docx, .pdf or .htm named on the command line is read as it is)
  commitments [paths...]  list every forward-looking commitment (csv, json or md)
  import STAFF-LETTER     start a response letter from the staff's letter (.pdf, .txt or EDGAR .htm)
  convert DOCUMENT        a Word draft, PDF or EDGAR HTML letter → a letter in the corresp dialect
  export LETTER --to F    the filed letter: EDGAR-ready html, docx for review, or txt
  explain FILE            how the reader read a letter: each block's label, score, alternatives, features
  rules                   list the rules with their default severity
  help                    this text
  --version               the version of corresp

Run "corresp <command> --help" for a command's options.`;

export function nodeIo(): CliIo {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readFile: (p, kind) => readLetterFile(p, undefined, kind === 'staff-letter' ? decodeStaffLetter : decodeLetter),
    readStdin: () => decodeLetter(fs.readFileSync(0), '<stdin>'),
    writeFile: writeFileSafely,
    cwd: process.cwd(),
  };
}

export function main(argv: string[], io: CliIo): number | Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return runCheck(rest, io);
      case 'commitments':
        return runCommitments(rest, io);
      case 'import':
        return runImport(rest, io);
      case 'export':
        return runExport(rest, io);
      case 'convert':
        return runConvert(rest, io);
      case 'explain':
        return runExplain(rest, io);
      case 'rules':
        return listRules(io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(HELP + '\n');
        return command === undefined ? 2 : 0;
      case 'version':
      case '--version':
      case '-v':
        io.stdout(`corresp ${version}\n`);
        return 0;
      default: {
        const near = closest(command, COMMANDS);
        io.stderr(`corresp: unknown command "${command}"${near ? ` (did you mean "${near}"?)` : ''}\nRun "corresp help" for the list of commands.\n`);
        return 2;
      }
    }
  } catch (err) {
    io.stderr(`corresp: unexpected failure: ${(err as Error)?.stack ?? String(err)}\nPlease report this; no file was changed.\n`);
    return 2;
  }
}

const COMMANDS = ['check', 'commitments', 'import', 'convert', 'export', 'explain', 'rules', 'help'];

/** The command a typo most likely meant: within two edits (or a prefix of it), else none. */
function closest(typed: string, names: readonly string[]): string | undefined {
  const t = typed.toLowerCase().replace(/^-+/, '');
  let best: { name: string; d: number } | undefined;
  for (const name of names) {
    const d = name.startsWith(t) && t.length >= 2 ? 0 : editDistance(t, name);
    if (d <= 2 && (!best || d < best.d)) best = { name, d };
  }
  return best?.name;
}

/** Edits (insert, delete, replace, swap two neighbours) between two short words. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

function listRules(io: CliIo): number {
  // Imported lazily so `corresp help` stays instant.
  const { allRules } = require('../core/rules/registry') as typeof import('../core/rules/registry');
  for (const r of allRules) io.stdout(`${r.id.padEnd(30)} ${r.defaultSeverity.padEnd(8)} ${r.fixable ? 'fix ' : '    '}${r.description}\n`);
  return 0;
}

if (require.main === module) {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
  });
  void Promise.resolve(main(process.argv.slice(2), nodeIo())).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`corresp: unexpected failure: ${(err as Error)?.stack ?? String(err)}\nPlease report this; no file was changed.\n`);
      process.exitCode = 2;
    },
  );
}
