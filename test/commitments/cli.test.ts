import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeIo } from '../../server/src/cli/main';
import { commitmentRows, runCommitments } from '../../server/src/cli/commitments';
import { analyze } from '../../server/src/core/check';
import { itShared, read, SEED, SHARED_PRESENT } from '../helpers/letters';

const FIX = join(__dirname, '..', 'fixtures', 'rules');
const files: Record<string, string> = {
  'documented.md': readFileSync(join(FIX, 'undocumented-commitment', 'documented.md'), 'utf8'),
  ...(SHARED_PRESENT ? { 'seed.txt': read(SEED) } : {}),
};

const cwd = mkdtempSync(join(tmpdir(), 'corresp-commitments-'));

function cli(args: string[]) {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text);
  let out = '';
  let err = '';
  const code = runCommitments(args, { ...nodeIo(), stdout: (s) => (out += s), stderr: (s) => (err += s), cwd });
  return { code, out, err };
}

describe('corresp commitments', () => {
  itShared('json: one row per commitment across letters, with register status', () => {
    const { code, out } = cli(['seed.txt', 'documented.md', '--format', 'json']);
    expect(code).toBe(0);
    const rows = JSON.parse(out);
    expect(rows.map((r: { letter: string; comment: number }) => [r.letter, r.comment])).toEqual([
      ['seed.txt', 1], ['seed.txt', 3], ['seed.txt', 4], ['seed.txt', 5], ['seed.txt', 5], ['documented.md', 1],
    ]);
    expect(rows[0]).toMatchObject({ company: '21Vianet Group, Inc.', kind: 'future-filing', documented: false, status: 'unrecorded' });
    expect(rows[5]).toMatchObject({ documented: true, owner: 'Controller', status: 'open', target: 'Form 10-K for the fiscal year ending December 31, 2017' });
  });

  test('csv: header, quoting, yes/no', () => {
    const { code, out } = cli(['documented.md', '--format=csv']);
    expect(code).toBe(0);
    const lines = out.trim().split('\r\n');
    expect(lines[0]).toBe('Letter,Company,Comment,Line,Sentence,Kind,Target filing/period,Place,Owner,Status,Documented');
    expect(lines[1]).toMatch(/^documented\.md,Example Corp\.,1,\d+,"Beginning with our Annual Report on Form 10-K for the fiscal year ending December 31, 2017, the Company will quantify each material factor\.",future-filing,/);
    expect(lines[1].endsWith(',Controller,open,yes')).toBe(true);
  });

  itShared('md is the default', () => {
    const { code, out } = cli(['seed.txt']);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('| Letter | Company | Comment | Line | Sentence | Kind | Target filing/period | Place | Owner | Status | Documented |');
    expect(out).toContain('5 commitments; 5 not in a register.');
  });

  test('usage and IO errors exit 2', () => {
    expect(cli([]).code).toBe(2);
    expect(cli(['documented.md', '--format', 'xml']).code).toBe(2);
    expect(cli(['documented.md', '--bogus']).code).toBe(2);
    const missing = cli(['documented.md', 'nope.md', '--format', 'json']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('nope.md: no such file or directory');
    expect(JSON.parse(missing.out).length).toBe(1);
    expect(cli(['--help']).code).toBe(0);
  });

  itShared('commitmentRows is pure and reusable', () => {
    const rows = commitmentRows(analyze(files['seed.txt']), 'x');
    expect(rows.map((r) => r.line)).toEqual(rows.map((r) => r.line).slice().sort((a, b) => a - b));
    expect(rows.every((r) => r.line > 1)).toBe(true);
  });

  test('csv cells that look like formulas are neutralised', () => {
    const text = files['documented.md'].replace('owner: Controller', 'owner: "=HYPERLINK(1)"');
    files['formula.md'] = text;
    const { out } = cli(['formula.md', '--format', 'csv']);
    expect(out).toContain(`"'=HYPERLINK(1)"`);
  });
});
