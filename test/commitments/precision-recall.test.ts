// Precision and recall of commitment detection against sentences labelled by reading real letters
// (test/data/commitments/labels.json). Three sets: 'tuning' (used while writing the detector), 'held-out' (corpus
// letters set aside; measured once before a bug fix, see the README), and 'fresh' (letters fetched and labelled after
// the detector was written, never tuned on). The fresh letters are flattened to one line each, so the parser cannot
// find their responses: they measure the sentence detector over the whole letter, staff comments included.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseLetter } from '../../server/src/core/dialect/parse';
import { detectCommitments } from '../../server/src/core/commitments/commitment';
import { detectInText } from '../../server/src/core/commitments/detect';
import { letterText, loadLabels, score, type Score } from './labelled-set';
import { CORPUS, itShared } from '../helpers/letters';

const letters = loadLabels();
const sets = ['tuning', 'held-out'] as const;

const viaParser = (text: string) => detectCommitments(parseLetter(text)).map((c) => ({ sentence: c.sentence, kind: c.kind, type: 'commitment' as const }));
// The sentence detector alone, over the whole letter (staff comments included): measures the detector without the parser.
const detectorOnly = (text: string) => detectInText(text);

function show(name: string, s: Score): string {
  return `${name}: ${s.labelled} labelled, ${s.detected} detected, ${s.truePositives} correct; precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}, kind agreement ${s.kindAgreement.toFixed(3)}` +
    (s.misses.length ? `\n  missed: ${s.misses.join('\n  missed: ')}` : '') +
    (s.falseAlarms.length ? `\n  false alarm: ${s.falseAlarms.join('\n  false alarm: ')}` : '');
}

describe('commitment detection on labelled real letters', () => {
  test('the labelled set has both parts', () => {
    for (const set of sets) expect(letters.filter((l) => l.set === set).length).toBeGreaterThanOrEqual(6);
  });
  test('fresh (never tuned on): precision >= 0.85 and recall >= 0.9 (detector on whole letters)', () => {
    const fresh = letters.filter((l) => l.set === 'fresh');
    expect(fresh.length).toBeGreaterThanOrEqual(5);
    const s = score(fresh, detectorOnly);
    console.log(show('fresh (detector on whole letters)', s));
    // For information: these letters are run-on text, so this depends on the parser finding their responses.
    console.log(show('fresh (parser + detector, not asserted)', score(fresh, viaParser)));
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.precision).toBeGreaterThanOrEqual(0.85);
  });
  for (const set of sets) {
    itShared(`${set}: precision >= 0.85 and recall >= 0.9 (parser + detector)`, () => {
      const s = score(letters.filter((l) => l.set === set), viaParser);
      console.log(show(`${set} (parser + detector)`, s));
      expect(s.recall).toBeGreaterThanOrEqual(0.9);
      expect(s.precision).toBeGreaterThanOrEqual(0.85);
    });
    itShared(`${set}: the sentence detector alone over whole letters`, () => {
      const s = score(letters.filter((l) => l.set === set), detectorOnly);
      console.log(show(`${set} (detector on whole letters)`, s));
      expect(s.recall).toBeGreaterThanOrEqual(0.9);
      expect(s.precision).toBeGreaterThanOrEqual(0.85);
    });
  }
  itShared('hedge sentences are reported as hedges, not commitments', () => {
    let seen = 0;
    for (const l of letters) {
      const found = detectInText(letterText(l.file));
      for (const h of l.hedges) {
        const f = found.find((x) => x.sentence.includes(h));
        expect(f?.type, h).toBe('hedge');
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('the two deciders over the same features', () => {
  // The classifier (classifier.json, fitted by scripts/train-commitment-classifier.mjs) ships; the grammar (hand
  // weights, grammar.ts) is its prior and is kept for comparison. Both are printed for every set. The tuning and
  // held-out letters live in ../shared (skipped, saying so, without it); the fresh ones are in the repository.
  for (const set of ['tuning', 'held-out', 'fresh'] as const) {
    (set === 'fresh' ? test : itShared)(`${set}: grammar and classifier figures (detector on whole letters)`, () => {
      const part = letters.filter((l) => l.set === set);
      const g = score(part, (t) => detectInText(t, 0, t.length, 'grammar'));
      const c = score(part, (t) => detectInText(t, 0, t.length, 'classifier'));
      console.log(show(`${set} grammar`, g));
      console.log(show(`${set} classifier`, c));
      expect(g.recall).toBeGreaterThanOrEqual(0.9);
      expect(c.recall).toBeGreaterThanOrEqual(0.85);
      expect(c.precision).toBeGreaterThanOrEqual(0.85);
    });
  }
});

describe('staff letters never promise anything', () => {
  itShared('no commitment or hedge is found in any of the 12 staff letters (read whole, as text)', () => {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('-staff.txt'));
    expect(files.length).toBe(12);
    for (const f of files) expect(detectInText(letterText(join(CORPUS, f))).map((d) => d.sentence), f).toEqual([]);
  });
});
