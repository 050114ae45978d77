// One harness for every rule's fixture letters: a line marked `<!-- expect: rule -->` must be where that rule's
// finding starts, no other line may have one, every fix is applied and snapshotted, and the result re-linted.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/core/check';
import { applyFixes } from '../../server/src/core/fixes';
import { allRules } from '../../server/src/core/rules/registry';
import { lineOf, ROOT } from '../helpers/letters';
import { readPriorInput } from '../../server/src/disk/prior-letter';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'rules');
const EXPECT = /<!--\s*expect:\s*([a-z0-9,\s-]+?)\s*-->/g;

function expectedLines(text: string, rule: string): number[] {
  const out: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const m of line.matchAll(EXPECT)) if (m[1].split(/[\s,]+/).includes(rule)) out.push(i + 1);
  });
  return out;
}

const folders = fs.existsSync(FIXTURES) ? fs.readdirSync(FIXTURES).filter((d) => fs.statSync(path.join(FIXTURES, d)).isDirectory()) : [];

describe('rule fixtures', () => {
  it('every rule has a fixture folder and a docs page', () => {
    for (const rule of allRules) {
      expect(folders, `fixtures for ${rule.id}`).toContain(rule.id);
      expect(fs.existsSync(path.join(ROOT, 'docs', 'rules', `${rule.id}.md`)), `docs/rules/${rule.id}.md`).toBe(true);
    }
  });

  for (const rule of folders) {
    const dir = path.join(FIXTURES, rule);
    const files = fs.readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f) && !f.includes('.fixed.'));
    for (const file of files) {
      it(`${rule}/${file}`, async () => {
        const text = fs.readFileSync(path.join(dir, file), 'utf8');
        // As the CLI reads it: with the previous round's letter when the front matter names one (`prior:`).
        const inputs = { prior: readPriorInput(path.join(dir, file), text) };
        const result = analyze(text, undefined, undefined, inputs);
        const mine = result.findings.filter((f) => f.rule === rule);
        const got = mine.map((f) => lineOf(text, f.span.start)).sort((a, b) => a - b);
        expect(got, mine.map((f) => f.message).join('\n')).toEqual(expectedLines(text, rule));
        for (const f of mine) {
          expect(f.span.start).toBeGreaterThanOrEqual(0);
          expect(f.span.end).toBeLessThanOrEqual(text.length);
          expect(f.message.length).toBeGreaterThan(10);
        }
        const fixable = mine.filter((f) => f.fixes?.length);
        if (!fixable.length) return;
        const fixed = applyFixes(
          text,
          fixable.map((f) => f.fixes![0]),
        );
        await expect(fixed).toMatchFileSnapshot(path.join(dir, file.replace(/(\.[a-z]+)$/, '.fixed$1')));
        const again = analyze(fixed, undefined, undefined, inputs).findings.filter((f) => f.rule === rule && f.fixes?.length);
        expect(again.map((f) => f.message)).toEqual([]);
      });
    }
  }
});
