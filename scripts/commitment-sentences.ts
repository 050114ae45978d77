// The labelled sentences the commitment classifier is fitted on, as feature rows. Bundled and run by
// scripts/train-commitment-classifier.mjs; kept in TypeScript so the features are exactly the detector's.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scanSentences } from '../server/src/core/commitments/sentences';
import { judgeSentence, normaliseSentence } from '../server/src/core/commitments/detect';
import { FEATURE_NAMES } from '../server/src/core/commitments/features';
import { TRIGGER } from '../server/src/core/commitments/phrases';

export { FEATURE_NAMES };
export { GRAMMAR_BIAS, GRAMMAR_WEIGHTS } from '../server/src/core/commitments/grammar';

export interface LabelledText {
  /** Where the letter came from, for the report. */
  name: string;
  text: string;
  /** Fragments of the commitment sentences. */
  commitments: string[];
  /** Fragments of sentences that count neither way. */
  ignore: string[];
}

export interface Row {
  x: number[];
  y: number;
  sentence: string;
  letter: string;
}

const norm = (s: string) => normaliseSentence(s).toLowerCase();

/** Every candidate sentence (one holding a trigger word) of each letter, labelled 1 when it holds a commitment fragment. */
export function rows(letters: LabelledText[]): Row[] {
  const out: Row[] = [];
  const trigger = new RegExp(TRIGGER.source, 'i');
  for (const l of letters) {
    const wants = l.commitments.map(norm);
    const ignores = l.ignore.map(norm);
    scanSentences(l.text, 0, l.text.length, (s) => {
      if (!trigger.test(s.text)) return;
      const v = judgeSentence(s.text, s);
      const n = v.sentence.toLowerCase();
      if (ignores.some((t) => n.includes(t))) return;
      out.push({ x: FEATURE_NAMES.map((f) => v.evidence.features[f]), y: wants.some((w) => n.includes(w)) ? 1 : 0, sentence: v.sentence, letter: l.name });
    });
  }
  return out;
}

/** The letters of test/data/commitments/labels.json in the given sets ('tuning', 'held-out', 'fresh'); each names its file from the repository root (../shared/…). */
export function commitmentSetLetters(root: string, sets: string[]): LabelledText[] {
  const dir = join(root, 'test', 'data', 'commitments');
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')).letters as Array<{ file: string; set: string; commitments: Array<{ text: string }>; ignore: string[] }>;
  return labels
    .filter((l) => sets.includes(l.set))
    .map((l) => ({ name: l.file, text: readFileSync(resolve(root, l.file), 'utf8'), commitments: l.commitments.map((c) => c.text), ignore: l.ignore }));
}
