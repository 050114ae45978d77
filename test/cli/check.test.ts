// The CLI as users and CI run it: the bundled server/out/cli.js, spawned for real.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, itShared, read, ROOT, SEED, exampleWithoutResponse } from '../helpers/letters';

const CLI = path.join(ROOT, 'server', 'out', 'cli.js');
let tmp: string;

function run(args: string[], opts: { input?: string | Buffer; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? ROOT, input: opts.input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  expect(fs.existsSync(CLI), 'run `npm run build` first').toBe(true);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-cli-'));
});


describe('corresp check', () => {
  it('passes the example letter with exit 0', () => {
    const r = run(['check', EXAMPLE]);
    expect(r.stderr).toMatch(/in 1 file/);
    expect(r.stdout).not.toMatch(/ error /);
    expect(r.code).toBe(0);
  });

  it('prints file:line:col severity rule message and exits 1 on errors', () => {
    const file = path.join(tmp, 'missing.corresp.md');
    fs.writeFileSync(file, exampleWithoutResponse(2));
    const r = run(['check', file]);
    expect(r.code).toBe(1);
    const line = r.stdout.split('\n').find((l) => l.includes('missing-response'))!;
    expect(line).toMatch(/^.+missing\.corresp\.md:\d+:1 error missing-response Comment 2 \(A\. Selected Financial Data, page 3\) has no response$/);
    const lineNo = Number(line.split(':')[1]);
    expect(fs.readFileSync(file, 'utf8').split('\n')[lineNo - 1]).toMatch(/^> \*\*2\.\*\*/);
  });

  itShared('reads the seed letter as it is and lists its outline in JSON', () => {
    const r = run(['check', SEED, '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const f = json.files[0];
    expect(f.comments.map((c: { number: number }) => c.number)).toEqual([1, 2, 3, 4, 5]);
    expect(f.responses.map((c: { number: number }) => c.number)).toEqual([1, 2, 3, 4, 5]);
    expect(f.comments[0].line).toBe(23);
    for (const finding of f.findings) expect(Object.keys(finding).sort()).toEqual(['column', 'endColumn', 'endLine', 'line', 'message', 'rule', 'severity']);
  });

  it('reads standard input when the path is -', () => {
    const r = run(['check', '-', '--format', 'json'], { input: exampleWithoutResponse(3) });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].findings.map((x: { rule: string }) => x.rule)).toContain('missing-response');
  });

  it('applies --rule overrides', () => {
    const file = path.join(tmp, 'override.corresp.md');
    fs.writeFileSync(file, exampleWithoutResponse(2));
    expect(run(['check', file, '--rule', 'missing-response=warning']).code).toBe(0);
    expect(run(['check', file, '--rule', 'missing-response=off']).stdout).not.toMatch(/missing-response/);
  });

  it('checks every letter in a directory', () => {
    const dir = path.join(tmp, 'letters');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'a.corresp.md'), read(EXAMPLE));
    fs.writeFileSync(path.join(dir, 'b.corresp.md'), exampleWithoutResponse(1));
    const r = run(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/in 2 files/);
  });

  it.each([
    ['a missing path', () => [path.join(tmp, 'nope.md')], /no such file or directory/],
    ['a directory with no letters', () => [fs.mkdtempSync(path.join(tmp, 'empty-'))], /directory with no response letters/],
    ['an unknown option', () => ['--frobnicate', EXAMPLE], /Unknown option '--frobnicate'/],
    ['no path at all', () => [], /name at least one letter/],
    ['a bad --format', () => ['--format', 'xml', EXAMPLE], /--format takes text, json, github or sarif, not "xml"/],
    ['a bad --rule', () => ['--rule', 'missing-response=loud', EXAMPLE], /--rule takes/],
    ['an unknown rule', () => ['--rule', 'no-such-rule=off', EXAMPLE], /no rule "no-such-rule"/],
  ])('exits 2 with a clear message for %s', (_n, args, message) => {
    const r = run(['check', ...args()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('refuses a binary file and invalid UTF-8 with exit 2', () => {
    const bin = path.join(tmp, 'image.md');
    fs.writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    const bad = path.join(tmp, 'latin1.md');
    fs.writeFileSync(bad, Buffer.from('Response: caf\xe9\n', 'latin1'));
    const r1 = run(['check', bin]);
    expect([r1.code, r1.stderr]).toEqual([2, expect.stringMatching(/binary file/)]);
    const r2 = run(['check', bad]);
    expect([r2.code, r2.stderr]).toEqual([2, expect.stringMatching(/not valid UTF-8/)]);
  });

  it('refuses a broken configuration with exit 2 and changes nothing', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'cfg-'));
    fs.writeFileSync(path.join(dir, 'corresp.config.json'), '{ "rules": ');
    fs.writeFileSync(path.join(dir, 'a.corresp.md'), read(EXAMPLE));
    const r = run(['check', 'a.corresp.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/corresp\.config\.json: is not valid JSON/);
    expect(fs.readFileSync(path.join(dir, 'a.corresp.md'), 'utf8')).toBe(read(EXAMPLE));
  });

  it('reads rule settings from corresp.config.json', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'cfg-'));
    fs.writeFileSync(path.join(dir, 'corresp.config.json'), JSON.stringify({ rules: { 'missing-response': 'info' } }));
    fs.writeFileSync(path.join(dir, 'a.corresp.md'), exampleWithoutResponse(2));
    const r = run(['check', 'a.corresp.md'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ info missing-response /);
  });

  it('finds letters by glob', () => {
    const r = run(['check', 'examples/*.corresp.md']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/in 1 file/);
  });
});

describe('corresp (top level)', () => {
  it('lists rules', () => {
    const r = run(['rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^missing-response\s+error\s+fix /m);
  });
  it('rejects an unknown command', () => {
    const r = run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command "frobnicate"/);
  });
});
