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
