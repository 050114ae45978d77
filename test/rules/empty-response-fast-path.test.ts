// empty-response skips computing a response's plain text when its markdown plainly holds an answer. That shortcut
// must never hide an empty or placeholder response: wherever it applies, the plain text is a real answer.
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { parseLetter } from '../../server/src/core/dialect/parse';
import { PLAINLY_ANSWERED } from '../../server/src/core/rules/structure/empty-response';
import { generateLetter } from '../helpers/generate-letter';
import { CORPUS, corpusFiles, EXAMPLE, read, ROOT } from '../helpers/letters';

function check(text: string): number {
  const letter = parseLetter(text);
  let applied = 0;
  for (const r of letter.responses) {
    if (!PLAINLY_ANSWERED.test(text.slice(r.bodySpan.start, r.bodySpan.end))) continue;
    applied++;
    expect((r.text.match(/[A-Za-z0-9]/g) ?? []).length).toBeGreaterThanOrEqual(40);
  }
  return applied;
}

it('applies only where the plain text has at least 40 letters or digits (real and generated letters)', () => {
  const realDir = path.join(ROOT, 'test', 'data', 'real-letters');
  const letters = [EXAMPLE, ...corpusFiles().map((f) => path.join(CORPUS, f)), ...fs.readdirSync(realDir).map((f) => path.join(realDir, f))].map(read);
  letters.push(generateLetter({ targetSize: 200_000, seed: 3 }));
  const applied = letters.reduce((n, t) => n + check(t), 0);
  expect(applied).toBeGreaterThan(100);
});

it('never applies to markdown that can hide its words, whatever surrounds it', () => {
  const hiding = fc.constantFrom('<!-- x -->', '<br>', '[](http://example.com)', '![](a.png)', '&nbsp;', '```js', '~~~', '[ref]: http://x');
  fc.assert(
    fc.property(fc.string(), hiding, fc.string(), (before, h, after) => {
      expect(PLAINLY_ANSWERED.test(before + h + after + ' answer'.repeat(10))).toBe(false);
    }),
    { numRuns: 300 },
  );
});
