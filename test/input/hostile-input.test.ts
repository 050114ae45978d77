// The input layer on anything: arbitrary HTML-ish text, arbitrary text items and arbitrary bytes never make it throw
// anything but a DocumentError with a message, and the source map always has one entry per text line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentError, htmlToLetterText, readDocument, readTextDocument } from '../../server/src/core/input';
import { layoutPages } from '../../server/src/core/input/pdf/layout';
import { renderRuns } from '../../server/src/core/input/runs';
import { writePdf } from '../helpers/pdf-writer';

const SEED = Number(process.env.CORRESP_FC_SEED ?? Date.now() % 1_000_000);
const tag = fc.constantFrom('<p>', '</p>', '<b>', '</b>', '<i>', '</i>', '<u>', '<td>', '</td>', '<tr>', '<table>', '<br>', '<li>', '<ul>', '</ul>', '<span style="font-weight:bold">', '</span>', '<h2>', '</h2>', '<pre>', '</pre>', '<!--', '-->', '<script>', '</script>', '&amp;', '&#146;', '&nbsp;', '<', '>', '"', "'", '\n', '1.', '\u2022');
const htmlArb = fc.array(fc.oneof(tag, fc.string({ maxLength: 12 })), { maxLength: 60 }).map((xs) => xs.join(''));
const lineCount = (text: string) => (text === '' ? 0 : text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length);

describe(`input layer robustness (seed ${SEED})`, () => {
  it('HTML: never throws; one map entry per line; no markers left dangling on a line', () => {
    fc.assert(
      fc.property(htmlArb, fc.boolean(), (html, emphasis) => {
        const { text, map } = htmlToLetterText(html, { emphasis, headings: true });
        expect(map.length).toBe(lineCount(text));
        if (!emphasis && !html.includes('*')) expect(text).not.toContain('*');
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('PDF layout: never throws on arbitrary items; one map entry per line', () => {
    const item = fc.record({
      str: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('Page 2', '1.', 'assump-', 'tions', '\u2022', '-', '')),
      x: fc.double({ min: -50, max: 700, noNaN: true }),
      y: fc.double({ min: -50, max: 850, noNaN: true }),
      width: fc.double({ min: 0, max: 500, noNaN: true }),
      size: fc.double({ min: 0, max: 40, noNaN: true }),
      bold: fc.boolean(),
      italic: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(fc.record({ width: fc.constant(612), height: fc.constant(792), items: fc.array(item, { maxLength: 40 }) }), { maxLength: 5 }), (pages) => {
        const r = layoutPages(pages);
        expect(r.map.length).toBe(lineCount(r.text));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('runs: emphasis markers always come in pairs on a line', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ text: fc.string({ maxLength: 8 }).filter((s) => !/[*_]/.test(s)), bold: fc.boolean(), italic: fc.boolean(), underline: fc.boolean() }), { maxLength: 8 }), (runs) => {
        const line = renderRuns(runs);
        expect((line.match(/\*/g) ?? []).length % 2).toBe(0);
        expect((line.match(/_/g) ?? []).length % 2).toBe(0);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('arbitrary bytes as .pdf, .docx, .htm or .txt: a letter or a DocumentError, nothing else', async () => {
    const pdf = writePdf([{ texts: [{ x: 72, y: 700, text: 'Hello there, this is a letter with some text in it.' }] }]);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('x.pdf', 'x.docx', 'x.htm', 'x.txt'), fc.nat(pdf.length), async (bytes, name, cut) => {
        const inputs = [bytes, pdf.slice(0, cut), Uint8Array.from([...Buffer.from('PK\u0003\u0004word/'), ...bytes])];
        for (const b of inputs) {
          try {
            const doc = await readDocument(b, name);
            expect(typeof doc.text).toBe('string');
          } catch (err) {
            expect(err, String(err)).toBeInstanceOf(DocumentError);
            expect((err as Error).message.startsWith(name)).toBe(true);
          }
        }
      }),
      { seed: SEED, numRuns: 60 },
    );
    expect(() => readTextDocument(new Uint8Array([0, 1, 2]), 'x.txt')).toThrow(DocumentError);
  });
});
