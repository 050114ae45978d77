// The labelled response letters as PDFs printed from their filed HTML (scripts/print-response-pdfs.mjs), read through
// the input layer. Opt-in: printing takes Chromium about 3 s a letter, so the suite runs this only when
// CORRESP_PRINTED_PDFS names a folder of them. First measured 2026-12-08: 151 of 157 read right, commitments
// precision 1.000, recall 0.984; with the browser's header and footer (--header), after the first fixes, 156. Since
// (README, "Response letters as PDFs"): 157, 1.000, 0.988, with and without the header.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../server/src/core/input';
import { LETTERS, letterText, lettersUnavailable, loadBatches, readWithReader, scoreBatch } from './labelled';

const dir = process.env.CORRESP_PRINTED_PDFS;
const why = dir === undefined ? 'CORRESP_PRINTED_PDFS not set (scripts/print-response-pdfs.mjs makes the PDFs)' : lettersUnavailable();

describe.skipIf(why !== undefined)(`labelled response letters printed to PDF${why ? ` (skipped: ${why})` : ''}`, () => {
  it('read as the labels say, the commitments as well as from the text', async () => {
    let right = 0;
    let total = 0;
    const c = { tp: 0, fp: 0, fn: 0 };
    const wrong: string[] = [];
    for (const batch of loadBatches()) {
      const pdfTexts = new Map<string, string>();
      for (const l of batch.letters) {
        if (l.kind !== 'response') continue;
        const file = l.path.endsWith('.pdf') ? path.join(LETTERS, l.path) : path.join(dir!, `${l.path.replace(/\//g, '_')}.pdf`);
        pdfTexts.set(letterText(l.path), (await readDocument(fs.readFileSync(file), file)).text);
      }
      for (const l of scoreBatch(batch, (text) => readWithReader(pdfTexts.get(text) ?? text)).letters) {
        if (l.kind !== 'response') continue;
        total++;
        if (l.right) right++;
        else wrong.push(`${l.path}: want ${l.expected}, got ${l.got}`);
        c.tp += l.commitments.tp;
        c.fp += l.commitments.fp;
        c.fn += l.commitments.fn;
      }
    }
    console.log(`printed PDFs: responses ${right}/${total}, commitments precision ${(c.tp / (c.tp + c.fp)).toFixed(3)}, recall ${(c.tp / (c.tp + c.fn)).toFixed(3)}`);
    expect(wrong).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(157);
    expect(c.fp).toBe(0);
    expect(c.tp / (c.tp + c.fn)).toBeGreaterThanOrEqual(0.988);
  }, 300_000);
});
