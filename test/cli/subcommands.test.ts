// The other corresp commands, spawned as users run them.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, EXAMPLE, itShared, ROOT } from '../helpers/letters';

const CLI = path.join(ROOT, 'server', 'out', 'cli.js');
const run = (args: string[], cwd = ROOT) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('corresp commitments', () => {
  it('lists the example letter commitments as CSV with a header row', () => {
    const r = run(['commitments', EXAMPLE, '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0].toLowerCase()).toMatch(/comment/);
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(r.stdout).toMatch(/will continue to provide such disclosures in its future earnings releases/);
  });
  it('exits 2 for a missing file', () => {
    expect(run(['commitments', 'no/such/letter.md']).code).toBe(2);
  });
});

describe('corresp import', () => {
  itShared('turns a staff letter into a response letter that checks with one empty-response per comment', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-import-')), 'rmd.corresp.md');
    const r = run(['import', path.join(CORPUS, '05-rmd-staff.txt'), '-o', out]);
    expect(r.code).toBe(0);
    const check = run(['check', out, '--format', 'json']);
    const findings = JSON.parse(check.stdout).files[0].findings.map((f: { rule: string }) => f.rule);
    expect(findings.filter((x: string) => x === 'empty-response')).toHaveLength(6);
    expect(findings).not.toContain('missing-response');
    // It never overwrites an existing file.
    const again = run(['import', path.join(CORPUS, '05-rmd-staff.txt'), '-o', out]);
    expect(again.code).toBe(2);
  });
});

describe('corresp export', () => {
  it('writes EDGAR HTML without the register or suppression comments', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-export-'));
    const letter = path.join(dir, 'letter.corresp.md');
    const source = fs.readFileSync(EXAMPLE, 'utf8').replace('response-date: 2017-08-30', 'response-date: 2017-08-30\ncommitments:\n  - comment: 3\n    sentence: will continue to provide such disclosures\n    owner: Controller\n    status: open');
    fs.writeFileSync(letter, source.replace('> **2.**', '<!-- corresp-disable-next-line missing-response -- test -->\n> **2.**'));
    const out = path.join(dir, 'letter.htm');
    const r = run(['export', letter, '--to', 'html', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toMatch(/MNS reporting unit was at risk of failing step 1/);
    expect(html).not.toMatch(/<script|corresp-disable|owner: Controller|commitments:/i);
  });
  it('exits 2 for an unknown format', () => {
    expect(run(['export', EXAMPLE, '--to', 'pdf']).code).toBe(2);
  });
});
