// The labelled review threads (test/data/letters/batch-*.json) read from their originals as filed — the staff's PDF
// and the company's EDGAR HTML — through the input layer, not through the measured text conversion. Every staff
// letter must give its labelled comment numbers and every response letter its labelled response numbers, except
// letters misread at a first look (scores.json names them, from the text or, for the batches held out until the
// input layer was finished, from the originals): the originals must not add a misreading. Skipped, saying so, where ../shared/letters is absent.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseLetter } from '../../server/src/core/dialect/parse';
import { importStaffLetter } from '../../server/src/core/import';
import { exportDocx } from '../../server/src/core/export';
import { readDocument } from '../../server/src/core/input';
import { LABEL_DIR, LETTERS, letterText, lettersUnavailable, loadBatches, readWithReader, scoreBatch } from '../letters/labelled';

// These read all 356 letters twice (their originals through pdf.js and the HTML reader, and their measured text,
// converted by pdftotext on a cold cache): on a fresh machine sharing its cores that took more than the suite's 60 s.
vi.setConfig({ testTimeout: 240_000 });

const batches = loadBatches();
const available = fs.existsSync(LETTERS);
const firstLookWrong = new Set<string>(
  (JSON.parse(fs.readFileSync(path.join(LABEL_DIR, 'scores.json'), 'utf8')).scores as { kind: string; wrong?: string[] }[])
    .filter((s) => s.kind === 'first-look' || s.kind === 'first-look-originals')
    .flatMap((s) => (s.wrong ?? []).map((w) => w.split(':')[0])),
);

describe.skipIf(!available)('labelled letters read from their originals (PDF, HTML)', () => {
  if (!available) console.log(`../shared/letters not present: labelled originals skipped (${batches.reduce((n, b) => n + b.letters.length, 0)} letters)`);

  it('give the labelled comment and response numbers', async () => {
    const letters = batches.flatMap((b) => b.letters);
    const staff = letters.filter((l) => l.kind === 'staff' && l.path.endsWith('.pdf'));
    const responses = letters.filter((l) => l.kind === 'response' && /\.html?$/.test(l.path));
    expect(staff.length).toBeGreaterThanOrEqual(10);
    expect(responses.length).toBeGreaterThanOrEqual(10);
    const wrong: string[] = [];
    const rows: string[] = [];
    for (const l of [...staff, ...responses]) {
      const doc = await readDocument(fs.readFileSync(path.join(LETTERS, l.path)), l.path);
      const letter = parseLetter(doc.text);
      const got = l.kind === 'staff' ? letter.comments.map((c) => c.number) : letter.responses.map((r) => r.number);
      const want = l.kind === 'staff' ? l.comments : l.responses ?? [];
      const right = JSON.stringify(got) === JSON.stringify(want);
      rows.push(`${right ? 'ok   ' : 'WRONG'} ${l.path} want ${want.join(',') || '-'} got ${got.map((n) => n ?? '?').join(',') || '-'}`);
      if (!right) wrong.push(l.path);
    }
    const right = (kind: string) => rows.filter((r, i) => r.startsWith('ok') && [...staff, ...responses][i].kind === kind).length;
    console.log(`originals: staff PDFs ${right('staff')}/${staff.length}, response HTML ${right('response')}/${responses.length}\n${rows.filter((r) => r.startsWith('WRONG')).join('\n')}`);
    expect(wrong.filter((p) => !firstLookWrong.has(p))).toEqual([]);
  });

  // The draft also reads back with those numbers and keeps none of the staff letter's running header, which pdf.js
  // can give run together and twice ("April 13, 2023 Page 2Page 2"): first measured 2026-12-08, 6 of 199 drafts had
  // it as headings and 12 held pieces of it; import/running-header.ts took them out.
  it('import every staff PDF with its labelled comments, and no running header in the draft', async () => {
    const staff = batches.flatMap((b) => b.letters).filter((l) => l.kind === 'staff' && l.path.endsWith('.pdf'));
    const wrong: string[] = [];
    const header: string[] = [];
    for (const l of staff) {
      const doc = await readDocument(fs.readFileSync(path.join(LETTERS, l.path)), l.path, { emphasis: false });
      const { report, markdown } = importStaffLetter(doc.text);
      const again = parseLetter(markdown).comments.map((c) => c.number);
      if (JSON.stringify(report.comments) !== JSON.stringify(l.comments) || JSON.stringify(again) !== JSON.stringify(l.comments)) wrong.push(`${l.path}: want ${l.comments} got ${report.comments}, read back ${again}`);
      for (const line of markdown.split('\n')) if (/FirstName|LastName|Comapany|Page \d+Page \d+|^#+ .*\bPage \d+$/.test(line)) header.push(`${l.path}: ${line.slice(0, 100)}`);
    }
    expect(wrong).toEqual([]);
    expect(header).toEqual([]);
  });

  it.skipIf(lettersUnavailable() !== undefined)('find the commitments at least as well as the text does (first look)', async () => {
    const recorded = (JSON.parse(fs.readFileSync(path.join(LABEL_DIR, 'scores.json'), 'utf8')).scores as { batch: string; kind: string; commitmentPrecision: number; commitmentRecall: number }[]).filter((s) => s.kind === 'first-look' || s.kind === 'first-look-originals');
    for (const batch of batches) {
      const originals = new Map<string, string>();
      for (const l of batch.letters) originals.set(letterText(l.path), (await readDocument(fs.readFileSync(path.join(LETTERS, l.path)), l.path)).text);
      // Same scoring as the text's, with each letter's original conversion read in place of its text.
      const score = scoreBatch(batch, (text) => readWithReader(originals.get(text) ?? text));
      // The originals' own first look where one was taken (batches held out until the input layer was finished),
      // else the text's.
      const floor = recorded.find((s) => s.batch === batch.batch && s.kind === 'first-look-originals') ?? recorded.find((s) => s.batch === batch.batch && s.kind === 'first-look');
      console.log(`originals, batch ${batch.batch}: commitments precision ${score.commitmentPrecision.toFixed(2)}, recall ${score.commitmentRecall.toFixed(2)}`);
      if (!floor) continue;
      expect(score.commitmentPrecision, batch.batch).toBeGreaterThanOrEqual(floor.commitmentPrecision - 1e-9);
      expect(score.commitmentRecall, batch.batch).toBeGreaterThanOrEqual(floor.commitmentRecall - 1e-9);
    }
  });

  it.skipIf(lettersUnavailable() !== undefined)('as DOCX drafts exported from their text, give the labelled responses and the same commitments', async () => {
    const wrong: string[] = [];
    let n = 0;
    // Ten letters, the shortest that answer something (a DOCX round trip of every letter takes half a minute).
    const letters = batches
      .flatMap((b) => b.letters)
      .filter((l) => l.kind === 'response' && !firstLookWrong.has(l.path) && (l.responses ?? []).length)
      .map((l) => ({ l, text: letterText(l.path) }))
      .sort((a, b) => a.text.length - b.text.length)
      .slice(0, 10);
    for (const { l, text } of letters) {
      const fromText = readWithReader(text);
      n++;
      const doc = await readDocument((await exportDocx(text)).output, `${l.path}.docx`);
      const fromDocx = readWithReader(doc.text);
      const got = { responses: fromDocx.responses, commitments: fromDocx.commitments.length };
      const want = { responses: l.responses ?? [], commitments: fromText.commitments.length };
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${l.path}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
    }
    expect(n).toBeGreaterThanOrEqual(10);
    expect(wrong).toEqual([]);
  });
});
