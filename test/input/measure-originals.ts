// Reads the labelled letters' originals (PDF, HTML) through the input layer and scores them like the text.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readDocument } from '../../server/src/core/input';
import { LETTERS, loadBatches, readWithReader, scoreBatch, letterText, type Batch, type BatchScore } from '../letters/labelled';

export async function originalTexts(batches: Batch[], filter: (p: string) => boolean = () => true): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const b of batches) for (const l of b.letters) {
    if (!filter(l.path)) continue;
    const bytes = fs.readFileSync(path.join(LETTERS, l.path));
    const doc = await readDocument(bytes, l.path);
    out.set(l.path, doc.text);
  }
  return out;
}

/** Scores a batch on the originals: the same scoring as the text, with the original's conversion as the text. */
export function scoreOriginals(batch: Batch, texts: Map<string, string>): BatchScore {
  const only: Batch = { ...batch, letters: batch.letters.filter((l) => texts.has(l.path)) };
  const byText = new Map<string, string>();
  for (const l of only.letters) byText.set(letterText(l.path), l.path);
  return scoreBatch(only, (text) => readWithReader(texts.get(byText.get(text)!)!));
}
export { loadBatches };
