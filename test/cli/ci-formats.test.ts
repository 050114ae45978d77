// `corresp check --format github|sarif`, run as CI runs it: the bundled CLI, spawned.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { githubAnnotation } from '../../server/src/cli/ci-formats';
import { allRules } from '../../server/src/core/rules/registry';
import { exampleWithoutResponse, ROOT } from '../helpers/letters';

const CLI = path.join(ROOT, 'server', 'out', 'cli.js');
let tmp: string;

function run(args: string[], cwd = tmp) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The example letter with comment 2's response removed: one missing-response error besides its warnings. */

beforeAll(() => {
  expect(fs.existsSync(CLI), 'run `npm run build` first').toBe(true);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-ci-formats-'));
  fs.mkdirSync(path.join(tmp, 'letters, 2024'));
  fs.writeFileSync(path.join(tmp, 'letters, 2024', 'missing.corresp.md'), exampleWithoutResponse(2));
});

/** The text format's findings, as [line, column, severity, rule, message]. */
function textFindings(file: string): string[][] {
  return run(['check', file])
    .stdout.trim()
    .split('\n')
    .map((l) => {
      const m = /^.*?:(\d+):(\d+) (\w+) ([a-z-]+) (.*)$/.exec(l)!;
      return m.slice(1);
    });
}

describe('corresp check --format github', () => {
  it('writes one workflow command per finding, at the text format\'s places, and keeps the exit status', () => {
    const file = path.join('letters, 2024', 'missing.corresp.md');
    const r = run(['check', file, '--format', 'github']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    const expected = textFindings(file);
    expect(lines).toHaveLength(expected.length);
    lines.forEach((l, i) => {
      const [line, col, severity, rule, message] = expected[i];
      const level = severity === 'info' || severity === 'hint' ? 'notice' : severity;
      // The folder's comma is escaped in the file property; the message keeps its own text.
      expect(l).toMatch(new RegExp(`^::${level} file=letters%2C 2024/missing\\.corresp\\.md,line=${line},endLine=\\d+,(?:col=${col},endColumn=\\d+,)?title=corresp ${rule}::`));
      expect(l.slice(l.indexOf('::', 2) + 2)).toBe(message);
    });
    expect(lines.some((l) => l.startsWith('::error ') && l.includes('title=corresp missing-response::'))).toBe(true);
    // The summary stays on standard error, out of the commands.
    expect(r.stderr).toMatch(/1 error/);
  });

  it('escapes what would end a command or split its properties', () => {
    const a = githubAnnotation({ path: 'a:b.corresp.md', rule: 'r', severity: 'hint', message: '100% sure,\nnext: line', line: 3, column: 1, endLine: 4, endColumn: 2 });
    expect(a).toBe('::notice file=a%3Ab.corresp.md,line=3,endLine=4,title=corresp r::100%25 sure,%0Anext: line');
  });
});

describe('corresp check --format sarif', () => {
  it('is a SARIF 2.1.0 log: every rule described, each result at the text format\'s place, the path relative', () => {
    const file = path.join('letters, 2024', 'missing.corresp.md');
    const r = run(['check', file, '--format', 'sarif']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    const [runLog] = log.runs;
    const rules = runLog.tool.driver.rules as { id: string; helpUri?: string }[];
    for (const rule of allRules) expect(rules.find((d) => d.id === rule.id)?.helpUri).toMatch(new RegExp(`docs/rules/${rule.id}\\.md$`));
    const expected = textFindings(file);
    expect(runLog.results).toHaveLength(expected.length);
    runLog.results.forEach((res: any, i: number) => {
      const [line, col, severity, rule, message] = expected[i];
      expect(rules[res.ruleIndex].id).toBe(rule);
      expect(res.ruleId).toBe(rule);
      expect(res.level).toBe({ error: 'error', warning: 'warning', info: 'note', hint: 'note' }[severity]);
      expect(res.message.text).toBe(message);
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation).toEqual({ uri: 'letters%2C%202024/missing.corresp.md', uriBaseId: 'SRCROOT' });
      expect([loc.region.startLine, loc.region.startColumn]).toEqual([Number(line), Number(col)]);
      expect(loc.region.endLine).toBeGreaterThanOrEqual(loc.region.startLine);
    });
    expect(new URL(runLog.originalUriBaseIds.SRCROOT.uri).pathname).toBe(fs.realpathSync(tmp).split(path.sep).join('/') + '/');
  });

  it('gathers the results of letters checked by worker threads', () => {
    const dir = path.join(tmp, 'many');
    fs.mkdirSync(dir);
    for (let i = 0; i < 17; i++) fs.writeFileSync(path.join(dir, `l${String(i).padStart(2, '0')}.corresp.md`), exampleWithoutResponse(2));
    const one = JSON.parse(run(['check', 'many', '--format', 'sarif', '--jobs', '1']).stdout).runs[0].results;
    const two = JSON.parse(run(['check', 'many', '--format', 'sarif', '--jobs', '2']).stdout).runs[0].results;
    expect(one.filter((x: any) => x.ruleId === 'missing-response')).toHaveLength(17);
    expect(two).toEqual(one);
  });
});
