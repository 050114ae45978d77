// Loads the labelled letters and scores a detector against them (precision, recall, kind agreement).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from '../helpers/letters';
import { normaliseSentence } from '../../server/src/core/commitments/detect';

export const DATA_DIR = join(__dirname, '..', 'data', 'commitments');

export interface LabelledCommitment {
  comment: number;
  kind: string;
  text: string;
  target?: string;
  place?: string;
  proposed?: boolean;
}
export interface LabelledLetter {
  file: string;
  set: 'tuning' | 'held-out' | 'fresh';
  commitments: LabelledCommitment[];
  hedges: string[];
  ignore: string[];
}

export function loadLabels(): LabelledLetter[] {
  return JSON.parse(readFileSync(join(DATA_DIR, 'labels.json'), 'utf8')).letters;
}
/** A labelled letter's text; `file` is its path from the repository root (../shared/... for the corpus and seed). */
export function letterText(file: string): string {
  return readFileSync(resolve(ROOT, file), 'utf8');
}
/** The label of a letter by its file name. */
export function labelled(name: string): LabelledLetter {
  const found = loadLabels().find((l) => l.file.endsWith(`/${name}`));
  if (!found) throw new Error(`no labelled letter ${name}`);
  return found;
}

export interface Detected {
  sentence: string;
  kind: string;
  type: 'commitment' | 'hedge';
}

export interface Score {
  labelled: number;
  detected: number;
  truePositives: number;
  precision: number;
  recall: number;
  kindAgreement: number;
  misses: string[];
  falseAlarms: string[];
}

const norm = (s: string) => normaliseSentence(s).toLowerCase();

/** Scores commitments only; hedges and ignored sentences are neither hits nor false alarms. */
export function score(letters: LabelledLetter[], detect: (text: string) => Detected[]): Score {
  let labelled = 0;
  let detected = 0;
  let tp = 0;
  let kindOk = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const letter of letters) {
    const found = detect(letterText(letter.file)).filter((d) => d.type === 'commitment');
    const used = new Set<number>();
    labelled += letter.commitments.length;
    for (const label of letter.commitments) {
      const want = norm(label.text);
      const i = found.findIndex((d, k) => !used.has(k) && norm(d.sentence).includes(want));
      if (i >= 0) {
        used.add(i);
        tp++;
        if (found[i].kind === label.kind) kindOk++;
      } else misses.push(`${letter.file} #${label.comment}: ${label.text}`);
    }
    found.forEach((d, k) => {
      if (used.has(k)) return;
      const s = norm(d.sentence);
      if (letter.ignore.some((t) => s.includes(norm(t)))) return;
      // A sentence holding two labelled promises counts once as a hit; the second label is then a miss, not an alarm.
      if (letter.commitments.some((l) => s.includes(norm(l.text)))) return;
      detected++;
      falseAlarms.push(`${letter.file}: ${d.sentence}`);
    });
    detected += used.size;
  }
  return {
    labelled,
    detected,
    truePositives: tp,
    precision: detected ? tp / detected : 1,
    recall: labelled ? tp / labelled : 1,
    kindAgreement: tp ? kindOk / tp : 1,
    misses,
    falseAlarms,
  };
}
