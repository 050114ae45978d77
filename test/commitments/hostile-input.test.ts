// The detector runs on every keystroke: it must be linear, with no regex that can backtrack badly.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { detectInText } from '../../server/src/core/commitments/detect';
import { splitSentences } from '../../server/src/core/commitments/sentences';
import { parseLetter } from '../../server/src/core/dialect/parse';
import { analyseCommitments } from '../../server/src/core/commitments/commitment';
import { commitmentRules } from '../../server/src/core/commitments/rules';
import { EXAMPLE, read } from '../helpers/letters';

// Real prose with real commitments: the example letter (the seed letter, put in the canonical form).
const seed = read(EXAMPLE);

// Speed is measured by `npm run bench`, never by a timed test. These prove hostile input finishes (within the test
// timeout) with the right answer: a regex that backtracked badly would hang here.
describe('hostile input', () => {
  test('10 MB of real prose yields every copy\'s commitments', () => {
    const copies = Math.ceil(10_000_000 / seed.length);
    const one = detectInText(seed).filter((f) => f.type === 'commitment').length;
    expect(one).toBeGreaterThan(0);
    expect(detectInText(seed.repeat(copies)).filter((f) => f.type === 'commitment').length).toBe(one * copies);
  });

  const hostile: Array<[string, string]> = [
    ['10 MB of "will " without a full stop', 'we will '.repeat(1_250_000)],
    ['10 MB of commitment fillers', 'we will, in future filings when applicable and as appropriate '.repeat(160_000)],
    ['10 MB of one word', 'a'.repeat(10_000_000)],
    ['10 MB of full stops', '. '.repeat(5_000_000)],
    ['10 MB of unclosed quotes and "to the extent"', 'to the extent "material if it becomes '.repeat(270_000)],
  ];
  for (const [name, text] of hostile) {
    test(`${name}: finishes with findings inside the text`, () => {
      for (const f of detectInText(text)) {
        expect(f.span.start).toBeGreaterThanOrEqual(0);
        expect(f.span.end).toBeLessThanOrEqual(text.length);
      }
    });
  }
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
