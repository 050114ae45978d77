// The CLI as a new user meets it: the version, a mistyped command, and export told the format by its output's name.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, ROOT } from '../helpers/letters';

const CLI = path.join(ROOT, 'server', 'out', 'cli.js');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('corresp for a new user', () => {
  it.each([['--version'], ['-v'], ['version']])('%s prints the version', (flag) => {
    expect(run([flag])).toEqual({ code: 0, stdout: `corresp ${pkg.version}\n`, stderr: '' });
  });

  it.each([
    ['chekc', 'check'],
    ['exprot', 'export'],
    ['commitment', 'commitments'],
    ['explian', 'explain'],
    ['conv', 'convert'],
  ])('a mistyped command (%s) names the one meant, without the whole help', (typed, meant) => {
    const r = run([typed]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`corresp: unknown command "${typed}" (did you mean "${meant}"?)\nRun "corresp help" for the list of commands.\n`);
  });

  it('an unknown command like nothing we have gets no guess', () => {
    expect(run(['frobnicate']).stderr).toBe('corresp: unknown command "frobnicate"\nRun "corresp help" for the list of commands.\n');
  });

  it('export takes the format from the output name when --to is not given', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-new-user-'));
    const letter = path.join(dir, 'letter.corresp.md');
    fs.copyFileSync(EXAMPLE, letter);
    for (const [name, magic] of [['review.docx', 'PK'], ['filed.htm', '<html>'], ['filed.txt', '']] as const) {
      const r = run(['export', 'letter.corresp.md', '-o', name], dir);
      expect(r.code, r.stderr).toBe(0);
      expect(fs.readFileSync(path.join(dir, name), 'latin1').startsWith(magic)).toBe(true);
    }
    expect(fs.readFileSync(path.join(dir, 'filed.txt'), 'utf8')).not.toContain('<');
    const none = run(['export', 'letter.corresp.md'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^corresp export: say which copy: --to html \(for EDGAR\), --to docx \(for review\) or --to txt/);
    expect(run(['export', 'letter.corresp.md', '-o', 'filed.pdf'], dir).code).toBe(2);
  });

  it('check says how many problems --fix would fix, and --fix fixes exactly those', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-new-user-'));
    fs.copyFileSync(EXAMPLE, path.join(dir, 'letter.corresp.md'));
    const first = run(['check', 'letter.corresp.md'], dir);
    const n = Number(/; (\d+) can be fixed with --fix\n$/.exec(first.stderr)?.[1]);
    expect(n, first.stderr).toBeGreaterThan(0);
    const fixed = run(['check', '--fix', 'letter.corresp.md'], dir);
    expect(fixed.stderr).toContain(`letter.corresp.md: fixed ${n} problems`);
    expect(fixed.stderr).not.toContain('can be fixed');
    const after = run(['check', 'letter.corresp.md'], dir);
    expect(after.stderr).not.toContain('can be fixed');
    const total = (s: string) => Number(/^(\d+) problems/m.exec(s)?.[1]);
    expect(total(after.stderr)).toBe(total(first.stderr) - n);
  });

  it('the help says which files check reads', () => {
    expect(run(['help']).stdout).toContain('check [paths...]        check response letters (*.corresp.md, *.corresp.txt, markdown whose front matter');
  });
});
