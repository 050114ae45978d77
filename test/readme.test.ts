// The README is the user's manual: it must name every rule (with its docs page) and every CLI command.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, it } from 'vitest';
import { allRules } from '../server/src/core/rules/registry';
import { ROOT } from './helpers/letters';

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

it('opens with the two commands of a fresh machine', () => {
  const head = readme.split('\n').slice(0, 8).join('\n');
  expect(head).toMatch(/npm ci && npm start/);
  expect(head).toMatch(/npm test/);
});

it.each(allRules.map((r) => [r.id, r.defaultSeverity]))('lists rule %s with its default severity', (id, severity) => {
  expect(readme).toContain(`| [${id}](docs/rules/${id}.md) | ${severity} |`);
});

it.each(['check', 'commitments', 'import', 'export', 'rules', 'explain'])('documents corresp %s', (cmd) => {
  expect(readme).toMatch(new RegExp(`corresp ${cmd}\\b`));
});

it("shows the example letter's findings as corresp reports them", async () => {
  const { analyze } = await import('../server/src/core/check');
  const shown = [...readme.matchAll(/^examples\/(\S+?):(\d+):(\d+) (\w+) (\S+) (.+)$/gm)];
  expect(shown.length).toBeGreaterThan(0);
  for (const [, file, line, column, severity, rule, message] of shown) {
    const text = fs.readFileSync(path.join(ROOT, 'examples', file), 'utf8');
    const at = (offset: number) => {
      const before = text.slice(0, offset).split('\n');
      return `${before.length}:${before[before.length - 1].length + 1}`;
    };
    const found = analyze(text).findings.map((f) => `${at(f.span.start)} ${f.severity} ${f.rule} ${f.message}`);
    expect(found).toContain(`${line}:${column} ${severity} ${rule} ${message}`);
  }
});
