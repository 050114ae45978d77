// Checks the commitment rules' fixtures the way the shared harness does (inline `<!-- expect: rule -->` markers),
// and proves every fix: applied alone, the letter re-parses and that finding is gone.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseLetter } from '../../server/src/core/dialect/parse';
import { detectCommitments } from '../../server/src/core/commitments/commitment';
import { commitmentRules } from '../../server/src/core/commitments/rules';
import { applyFixes } from '../../server/src/core/fixes';
import type { Finding } from '../../server/src/core/model';
import { fixesOf, type Rule } from '../../server/src/core/rules/rule';

const ROOT = join(__dirname, '..', 'fixtures', 'rules');

export function run(rule: Rule, text: string): Finding[] {
  const letter = parseLetter(text);
  const findings: Finding[] = [];
  rule.check({ letter, citations: [], commitments: detectCommitments(letter) }, (r) =>
    findings.push({ rule: rule.id, severity: r.severity ?? rule.defaultSeverity, message: r.message, span: r.span, related: r.related, fixes: fixesOf(r) }),
  );
  return findings;
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') n++;
  return n;
}

function expectedLines(text: string, ruleId: string): number[] {
  const out: number[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /<!--\s*expect:\s*([^>]*?)\s*-->\s*$/.exec(line);
    if (m && m[1].split(/[\s,]+/).includes(ruleId)) out.push(i + 1);
  });
  return out;
}

for (const rule of commitmentRules) {
  describe(`fixtures: ${rule.id}`, () => {
    let files: string[] = [];
    try {
      files = readdirSync(join(ROOT, rule.id)).filter((f) => f.endsWith('.md') && !f.endsWith('.fixed.md'));
    } catch {
      files = [];
    }
    test('has fixtures', () => expect(files.length).toBeGreaterThan(0));
    for (const file of files) {
      const text = readFileSync(join(ROOT, rule.id, file), 'utf8');
      test(`${file}: findings start on the marked lines`, () => {
        const got = run(rule, text).map((f) => lineOf(text, f.span.start)).sort((a, b) => a - b);
        expect(got).toEqual(expectedLines(text, rule.id));
      });
      test(`${file}: each fix, applied alone, removes its finding and leaves a readable letter`, () => {
        const findings = run(rule, text);
        for (const f of findings) {
          for (const fix of f.fixes ?? []) {
            const fixed = applyFixes(text, [fix]);
            expect(fixed).not.toBe(text);
            const letter = parseLetter(fixed);
            expect(letter.problems.filter((p) => /YAML/.test(p.message))).toEqual([]);
            if (fix.title.startsWith('Name the filing') && !/\[/.test(fix.edits[0].newText)) {
              expect(run(rule, fixed).length).toBeLessThan(findings.length);
            }
            if (/^Record|^Remove|^Mark|^Add a proposed/.test(fix.title)) {
              const after = run(rule, fixed);
              expect(after.length, `${fix.title}\n${fixed}`).toBeLessThan(findings.length);
            }
          }
        }
      });
      test(`${file}: all preferred fixes together leave no preferred fix behind`, () => {
        let current = text;
        for (let round = 0; round < 3; round++) {
          const preferred = run(rule, current).flatMap((f) => (f.fixes ?? []).filter((x) => x.preferred));
          if (!preferred.length) break;
          current = applyFixes(current, preferred);
        }
        expect(run(rule, current).flatMap((f) => (f.fixes ?? []).filter((x) => x.preferred))).toEqual([]);
      });
    }
  });
}
