// The detector runs on every keystroke: it must be linear, with no regex that can backtrack badly.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { detectInText } from '../../server/src/core/commitments/detect';
import { splitSentences } from '../../server/src/core/commitments/sentences';
import { parseLetter } from '../../server/src/core/dialect/parse';
import { analyseCommitments } from '../../server/src/core/commitments/commitment';
import { commitmentRules } from '../../server/src/core/commitments/rules';
import { letterText } from './labelled-set';

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const seed = letterText('21vianet-2017-08-30-response.txt');

describe('performance', () => {
  test('a 100 KB letter: detection and all commitment rules in well under a keystroke budget', () => {
    const big = Array.from({ length: 11 }, () => seed).join('\n\n');
    detectInText(seed); // first use compiles the expressions; a keystroke never pays that
    // The best of five runs (a fresh parse each time, so nothing is cached): other test files share the machine.
    let ms = Infinity;
    for (let run = 0; run < 5; run++) {
      const letter = parseLetter(big);
      ms = Math.min(ms, time(() => {
        const a = analyseCommitments(letter);
        for (const r of commitmentRules) r.check({ letter, citations: [], commitments: a.commitments }, () => {});
      }));
    }
    console.log(`100 KB letter (${big.length} chars): commitments + rules in ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(100);
  });

  const hostile: Array<[string, string]> = [
    ['10 MB of real prose', seed.repeat(Math.ceil(10_000_000 / seed.length))],
    ['10 MB of "will " without a full stop', 'we will '.repeat(1_250_000)],
    ['10 MB of commitment fillers', 'we will, in future filings when applicable and as appropriate '.repeat(160_000)],
    ['10 MB of one word', 'a'.repeat(10_000_000)],
    ['10 MB of full stops', '. '.repeat(5_000_000)],
    ['10 MB of unclosed quotes and "to the extent"', 'to the extent "material if it becomes '.repeat(270_000)],
  ];
  for (const [name, text] of hostile) {
    test(`${name}: linear time`, () => {
      const ms = time(() => detectInText(text));
      console.log(`${name}: ${ms.toFixed(0)} ms`);
      expect(ms).toBeLessThan(15000);
    });
  }

  test('time grows linearly (2 MB vs 8 MB of prose)', () => {
    // Both sizes are larger than CPU caches, so the ratio measures the algorithm rather than the memory hierarchy.
    const two = seed.repeat(Math.ceil(2_000_000 / seed.length));
    const eight = two.repeat(4);
    for (let i = 0; i < 2; i++) detectInText(two);
    const t2 = Math.min(time(() => detectInText(two)), time(() => detectInText(two)), time(() => detectInText(two)));
    const t8 = Math.min(time(() => detectInText(eight)), time(() => detectInText(eight)));
    console.log(`2 MB: ${t2.toFixed(0)} ms, 8 MB: ${t8.toFixed(0)} ms`);
    // Linear would be 4x; quadratic 16x. The slack absorbs a busy machine.
    expect(t8).toBeLessThan(t2 * 9 + 100);
  });
});

describe('never throws', () => {
  test('on arbitrary text, the detector and the whole commitment analysis return', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), fc.nat(500), fc.nat(500), (s, a, b) => {
        const text = `${s} We will revise in future filings. ${s}`;
        detectInText(text, Math.min(a, b), Math.max(a, b));
        splitSentences(text);
        const letter = parseLetter(`---\ncommitments:\n${s}\n---\n> **1.** x\n\n**Response:**\n\n${text}`);
        const an = analyseCommitments(letter);
        for (const r of commitmentRules) r.check({ letter, citations: [], commitments: an.commitments }, () => {});
      }),
      { numRuns: 300 },
    );
  });

  test('out-of-range bounds are harmless', () => {
    expect(detectInText('We will revise our disclosure in future filings.', -5, 10_000)).toHaveLength(1);
    expect(detectInText('We will revise our disclosure in future filings.', 30, 10)).toEqual([]);
  });
});
