// The commitment detector's two deciders (hand-weighted grammar, fitted classifier) on the labelled review threads of
// test/data/letters, through the same parser. Prints both, and asserts each at least at its recorded first look on
// the batch (test/data/commitments/first-look.json). The shipped reader as a whole is asserted by
// test/letters/labelled-letters.test.ts against the batches' first looks in test/data/letters/scores.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findInResponses } from '../../server/src/core/commitments/commitment';
import type { Decider } from '../../server/src/core/commitments/detect';
import { parseLetter } from '../../server/src/core/dialect/parse';
import { lettersUnavailable, loadBatches, scoreBatch, type ReadLetter } from '../letters/labelled';

const batches = loadBatches();
interface FirstLook {
  batch: string;
  decider: string;
  precision: number;
  recall: number;
}
const FIRST_LOOKS: FirstLook[] = JSON.parse(readFileSync(join(__dirname, '..', 'data', 'commitments', 'first-look.json'), 'utf8')).scores;
// CLASSIFIER_ALT=file.json adds a third decider (another fitted model, e.g. `--prior zero --out file.json`).
const alt = process.env.CLASSIFIER_ALT ? JSON.parse(readFileSync(process.env.CLASSIFIER_ALT, 'utf8')) : undefined;
const deciders: Array<[string, Decider]> = [['grammar', 'grammar'], ['classifier', 'classifier'], ...(alt ? [['alternative', alt] as [string, Decider]] : [])];
const why = lettersUnavailable();

function reader(decider: Decider): (text: string) => ReadLetter {
  return (text) => {
    const letter = parseLetter(text);
    return {
      comments: letter.comments.map((c) => c.number),
      responses: letter.responses.map((r) => r.number),
      commitments: findInResponses(letter, decider).commitments.map((c) => c.sentence),
    };
  };
}

describe.skipIf(why !== undefined)('commitment deciders on the labelled review threads', () => {
  for (const b of batches) {
    it(`batch ${b.batch}: grammar and classifier`, () => {
      for (const [name, decider] of deciders) {
        const s = scoreBatch(b, reader(decider));
        const c = s.commitments;
        console.log(
          `batch ${b.batch} ${name}: precision ${s.commitmentPrecision.toFixed(3)} (${c.tp}/${c.tp + c.fp}), recall ${s.commitmentRecall.toFixed(3)} (${c.tp}/${c.tp + c.fn})` +
            s.letters.flatMap((l) => [...l.misses.map((m) => `\n  missed ${l.path}: ${m}`), ...l.falseAlarms.map((m) => `\n  false alarm ${l.path}: ${m}`)]).join(''),
        );
        expect(c.tp + c.fn).toBeGreaterThan(0);
        // Floors: the first look of this decider on this batch (never above it), rounded as recorded.
        const first = FIRST_LOOKS.find((f) => f.batch === b.batch && f.decider === name);
        if (first) {
          expect(s.commitmentPrecision).toBeGreaterThanOrEqual(first.precision - 0.0005);
          expect(s.commitmentRecall).toBeGreaterThanOrEqual(first.recall - 0.0005);
        }
      }
    });
  }
});
