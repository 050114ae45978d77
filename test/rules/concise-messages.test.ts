// Issue 16: a diagnostic says what is wrong, and what is expected, in one short sentence; the why and the how are on
// the rule's page (linked from every diagnostic) and in its quick fixes' titles. Every finding on every fixture letter
// and example is held to that, with the words it quotes from the letter (“…”, "…") left out of the count.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/core/check';

const ROOT = path.resolve(__dirname, '..', '..');
function letters(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return letters(p);
    return /\.md$/.test(e.name) && !/\.fixed\.md$|^README/.test(e.name) ? [p] : [];
  });
}
const files = [...letters(path.join(ROOT, 'test', 'fixtures')), ...letters(path.join(ROOT, 'examples'))];
/** The parser's own problems (letter-syntax) and a crash report are written elsewhere. */
const NOT_RULE_MESSAGES = new Set(['letter-syntax', 'internal-error']);

describe('diagnostic messages are one short sentence', () => {
  const findings = files.flatMap((f) => analyze(fs.readFileSync(f, 'utf8')).findings.map((x) => ({ file: path.relative(ROOT, f), ...x })));
  const ours = findings.filter((f) => !NOT_RULE_MESSAGES.has(f.rule));

  it('the fixtures exercise most rules', () => {
    expect(new Set(ours.map((f) => f.rule)).size).toBeGreaterThanOrEqual(15);
  });

  it.each([...new Set(ours.map((f) => f.rule))])('%s', (rule) => {
    for (const f of ours.filter((x) => x.rule === rule)) {
      const own = f.message.replace(/\u201c[^\u201d]*\u201d|"[^"]*"/g, '“…”');
      expect(own, `${f.file}: ${f.message}`).not.toMatch(/[.!?]\s+[A-Z]/); // one sentence
      expect(own, `${f.file}: ${f.message}`).not.toMatch(/\.$/); // no closing period, as linters write them
      expect(own.length, `${f.file}: ${f.message}`).toBeLessThanOrEqual(90);
    }
  });
});
