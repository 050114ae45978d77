// The labelled response letters as the documents users have — printed to PDF from their filed HTML, or converted to
// Word (scripts/response-documents.mjs) — read through the input layer. Opt-in: making them takes Chromium about 3 s
// a letter (LibreOffice seconds for all), so the suite runs this only when CORRESP_RESPONSE_DOCUMENTS names a folder
// of them. First measured 2026-12-08: printed to PDF, 151 of 157 read right, commitments precision 1.000, recall
// 0.984; with the browser's header and footer, after the first fixes, 156; as Word, 157, precision 0.992, recall
// 0.992. Since (README, "Response letters as PDFs"): 157 in each, 1.000, at least 0.988.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../server/src/core/input';
import { LETTERS, letterText, lettersUnavailable, loadBatches, readWithReader, scoreBatch } from './labelled';

const dir = process.env.CORRESP_RESPONSE_DOCUMENTS;
const why = dir === undefined ? 'CORRESP_RESPONSE_DOCUMENTS not set (scripts/response-documents.mjs makes the documents)' : lettersUnavailable();

/** The document made from a labelled letter: its PDF or DOCX in the folder, or the original when it was a PDF. */
function documentOf(rel: string): string {
  if (rel.endsWith('.pdf')) return path.join(LETTERS, rel);
  const flat = rel.replace(/\//g, '_');
  const docx = path.join(dir!, flat.replace(/\.html?$/, '.docx'));
  return fs.existsSync(docx) ? docx : path.join(dir!, `${flat}.pdf`);
}

describe.skipIf(why !== undefined)(`labelled response letters as PDF or Word documents${why ? ` (skipped: ${why})` : ''}`, () => {
  it('read as the labels say, the commitments as well as from the text', async () => {
    let right = 0;
    let total = 0;
    const c = { tp: 0, fp: 0, fn: 0 };
    const wrong: string[] = [];
    for (const batch of loadBatches()) {
      const texts = new Map<string, string>();
      for (const l of batch.letters) {
        if (l.kind !== 'response') continue;
        const file = documentOf(l.path);
        texts.set(letterText(l.path), (await readDocument(fs.readFileSync(file), file)).text);
      }
      for (const l of scoreBatch(batch, (text) => readWithReader(texts.get(text) ?? text)).letters) {
        if (l.kind !== 'response') continue;
        total++;
        if (l.right) right++;
        else wrong.push(`${l.path}: want ${l.expected}, got ${l.got}`);
        c.tp += l.commitments.tp;
        c.fp += l.commitments.fp;
        c.fn += l.commitments.fn;
      }
    }
    console.log(`response documents: ${right}/${total} read right, commitments precision ${(c.tp / (c.tp + c.fp)).toFixed(3)}, recall ${(c.tp / (c.tp + c.fn)).toFixed(3)}`);
    expect(wrong).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(157);
    expect(c.fp).toBe(0);
    expect(c.tp / (c.tp + c.fn)).toBeGreaterThanOrEqual(0.988);
  }, 300_000);
});
