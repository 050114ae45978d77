// The PDF reader on PDFs written for the purpose (test/helpers/pdf-writer.ts): reading order from coordinates,
// running headers and page numbers, hyphenated line ends, bold and italic from the fonts, and a PDF without text.
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../server/src/core/dialect/parse';
import { importStaffLetter } from '../../server/src/core/import';
import { DocumentError, readDocument } from '../../server/src/core/input';
import { layoutPages, type PdfItem } from '../../server/src/core/input/pdf/layout';
import { writePdf } from '../helpers/pdf-writer';
import { staffLetterPages } from '../helpers/staff-pdf';

describe('PDF reader', () => {
  it('reads a staff letter in reading order, without running headers and page numbers', async () => {
    const pages = staffLetterPages();
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const doc = await readDocument(writePdf(pages), 'STAFF.pdf');
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toBe(pages.length);
    const lines = doc.text.split('\n');
    expect(lines.filter((l) => /^Page \d$/.test(l))).toEqual([]);
    expect(lines.filter((l) => /^\d$/.test(l))).toEqual([]);
    expect(lines.filter((l) => l === 'Mr. John Smith')).toHaveLength(1); // the addressee on page 1 stays
    expect(lines.filter((l) => l === 'September 1, 2017')).toHaveLength(1);
    // Reading order: comment 2's last bullet comes before comment 3.
    expect(doc.text.indexOf('degree of uncertainty')).toBeLessThan(doc.text.indexOf('3. We note'));
    expect(parseLetter(doc.text).comments.map((c) => c.number)).toEqual([1, 2, 3, 4]);
  });

  it('joins hyphenated line ends: "assump-" + "tions" as one word, "forward-" + "looking" keeping its hyphen', async () => {
    const doc = await readDocument(writePdf(staffLetterPages()), 'STAFF.pdf');
    expect(doc.text).toMatch(/key assumptions\s+that drive/);
    expect(doc.text).not.toMatch(/assump-/);
    expect(doc.text).toMatch(/forward-looking\s+statements/);
  });

  it('carries bold and italic from the fonts into the text as markdown emphasis', async () => {
    const doc = await readDocument(writePdf(staffLetterPages()), 'STAFF.pdf');
    expect(doc.text).toMatch(/^\*\*Management\u2019s Discussion and Analysis, page 35\*\*$/m);
    const plain = await readDocument(writePdf(staffLetterPages()), 'STAFF.pdf', { emphasis: false });
    expect(plain.text).not.toMatch(/\*\*/);
    const mixed = await readDocument(
      writePdf([{ texts: [{ x: 72, y: 700, text: '1.', font: 'bold' }, { x: 90, y: 700, text: 'Tell us', font: 'bold' }, { x: 130, y: 700, text: 'why', font: 'italic' }, { x: 155, y: 700, text: 'this applies.' }] }]),
      'x.pdf',
    );
    expect(mixed.text).toBe('**1. Tell us** *why* this applies.\n');
  });

  it('maps every line to its page', async () => {
    const doc = await readDocument(writePdf(staffLetterPages()), 'STAFF.pdf');
    const lines = doc.text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('4. Please revise'));
    const pageOf4 = staffLetterPages().findIndex((p) => p.texts.some((t) => t.text.startsWith('4. Please revise'))) + 1;
    expect(doc.map?.[at]).toEqual({ page: pageOf4 });
    expect(doc.map?.[0]).toEqual({ page: 1 });
  });

  it('imports the staff PDF: every comment, its bullets, the head', async () => {
    const doc = await readDocument(writePdf(staffLetterPages()), 'STAFF.pdf', { emphasis: false });
    const { markdown, report } = importStaffLetter(doc.text);
    expect(report.comments).toEqual([1, 2, 3, 4]);
    expect(markdown).toMatch(/^company: Example Corp$/m);
    expect(markdown).toMatch(/^staff-letter: 2017-09-01$/m);
    expect(markdown).toMatch(/^> - a description of the key assumptions that drive fair value; and$/m);
    expect(markdown).not.toMatch(/Page 2/);
  });

  it('refuses a PDF without a text layer with a clear message', async () => {
    const scan = writePdf([{ texts: [], drawing: true }, { texts: [], drawing: true }]);
    await expect(readDocument(scan, 'SCAN.pdf')).rejects.toThrow(DocumentError);
    await expect(readDocument(scan, 'SCAN.pdf')).rejects.toThrow(/SCAN\.pdf: the PDF has no text layer \(2 pages of images, likely a scan\)/);
  });

  it('reports a damaged PDF as unreadable, not as a crash', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4\nthis is not really a pdf');
    await expect(readDocument(bytes, 'BAD.pdf')).rejects.toThrow(DocumentError);
  });
});

describe('PDF layout (pure)', () => {
  const page = (items: Partial<PdfItem>[]) => ({ width: 612, height: 792, items: items.map((i) => ({ str: '', x: 72, y: 700, width: 100, size: 11, ...i })) });

  it('groups items by baseline and orders lines top to bottom whatever the drawing order', () => {
    const r = layoutPages([page([{ str: 'second line', y: 687 }, { str: 'first', y: 700, width: 24 }, { str: 'line', x: 100, y: 700.4 }])]);
    expect(r.text).toBe('first line\nsecond line\n');
  });

  it('separates paragraphs where the gap is larger than the usual line spacing', () => {
    const r = layoutPages([page([{ str: 'a', y: 700 }, { str: 'b', y: 687 }, { str: 'c', y: 674 }, { str: 'd', y: 648 }])]);
    expect(r.text).toBe('a\nb\nc\n\nd\n');
  });

  it('drops overprinted duplicates and footers repeated at the same place', () => {
    const words = ['alpha', 'beta', 'gamma'];
    const p = (n: number) => page([{ str: `Body ${words[n]}`, y: 700 }, { str: `Body ${words[n]}`, x: 72.3, y: 700 }, { str: `Confidential \u2014 Example Corp ${n}`, y: 40 }]);
    const r = layoutPages([p(0), p(1), p(2)]);
    expect(r.text).toBe('Body alpha\nBody beta\nBody gamma\n');
    expect(r.furniture).toHaveLength(3);
  });

  it('drops the header a browser prints above every page, the first too', () => {
    const p = (lines: string[]) => page([{ str: '12/8/26, 4:02 AM Document', y: 775, size: 8 }, ...lines.map((str, i) => ({ str, y: 740 - 13 * i }))]);
    const r = layoutPages([p(['Example Corp', 'March 3, 2025', 'Dear Ms. Roe:']), p(['1. Please tell us how you measure revenue.'])]);
    expect(r.text).not.toContain('4:02 AM');
    expect(r.text).toContain('Example Corp\nMarch 3, 2025\nDear Ms. Roe:');
  });

  it('keeps a response label that opens two pages at the same place, under their running header', () => {
    // Printed from a response letter whose answers 1 and 3 each start a page: "RESPONSE:" recurs at the top.
    const p = (n: number) =>
      page([
        { str: 'Securities and Exchange Commission', y: 760 },
        { str: 'January 3, 2018', y: 747 },
        { str: `Page ${n}`, y: 734 },
        { str: 'RESPONSE:', y: 712 },
        { str: n === 2 ? 'We will revise the caption in future filings.' : 'The analyses were not a report.', y: 699 },
      ]);
    const r = layoutPages([page([{ str: 'Ladies and Gentlemen:', y: 700 }]), p(2), p(3)]);
    expect(r.text).not.toMatch(/Securities and Exchange|January 3|Page \d/);
    expect(r.text.match(/^RESPONSE:$/gm)).toHaveLength(2);
  });
});
