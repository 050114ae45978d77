// The PDF reader on PDFs written for the purpose (test/helpers/pdf-writer.ts): reading order from coordinates,
// running headers and page numbers, hyphenated line ends, bold and italic from the fonts, and a PDF without text.
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../server/src/core/dialect/parse';
import { importStaffLetter } from '../../server/src/core/import';
import { DocumentError, readDocument } from '../../server/src/core/input';
import { layoutPages, type PdfItem } from '../../server/src/core/input/pdf/layout';
import { typeset, writePdf, type PdfPageSpec } from '../helpers/pdf-writer';

const FILLER =
  'We note your disclosure of the key assumptions used in your analysis of the reporting unit and the sensitivity of its fair value to changes in the discount rate.';

/** A four-comment staff letter over three pages, with the running header staff letters carry from page 2 on. */
export function staffLetterPages(): PdfPageSpec[] {
  const para = (text: string, font?: 'bold' | 'italic') => ({ text, font, gapBefore: 13 });
  const pages = typeset(
    [
      { text: 'UNITED STATES SECURITIES AND EXCHANGE COMMISSION', gapBefore: 0 },
      para('September 1, 2017'),
      para('Mr. John Smith'),
      { text: 'Chief Financial Officer', gapBefore: 0 },
      { text: 'Example Corp', gapBefore: 0 },
      para('Re: Example Corp'),
      { text: 'Form 10-K for the Fiscal Year Ended December 31, 2016', gapBefore: 0 },
      { text: 'Filed March 1, 2017', gapBefore: 0 },
      { text: 'File No. 001-12345', gapBefore: 0 },
      para('Dear Mr. Smith:'),
      para('We have reviewed your filing and have the following comments.'),
      para('Form 10-K for the Fiscal Year Ended December 31, 2016', 'bold'),
      para('Management\u2019s Discussion and Analysis, page 35', 'bold'),
      para(`1. ${FILLER} ${FILLER} Please tell us how you considered the guidance in ASC 350-20-35-30.`),
      para(`2. ${FILLER} Please provide the following:`),
      { text: '\u2022 the percentage by which fair value exceeded carrying value;', indent: 18 },
      { text: '\u2022 a description of the key assump- tions that drive fair value; and', indent: 18 },
      { text: '\u2022 a discussion of the degree of uncertainty in those assumptions.', indent: 18 },
      para(`3. ${FILLER} ${FILLER} ${FILLER}`),
      para('Notes to Consolidated Financial Statements', 'bold'),
      para(`4. Please revise your forward- looking statements to explain ${FILLER.toLowerCase()} ${FILLER} ${FILLER} ${FILLER} ${FILLER}`),
      para('We remind you that the company and its management are responsible for the accuracy and adequacy of their disclosures.'),
      para('Sincerely,'),
      para('Division of Corporation Finance'),
      { text: 'Office of Manufacturing', gapBefore: 0 },
    ],
    {
      header: (n) => (n === 1 ? [] : ['Mr. John Smith', 'Example Corp', 'September 1, 2017', `Page ${n}`]),
      footer: (n) => String(n),
      width: 88,
    },
  );
  // The typesetter wrote "assump- tions" and "forward- looking" as words; break the lines after the hyphens.
  for (const p of pages) {
    for (const t of p.texts) {
      const m = /^(.*\b(?:assump|forward)-) (.*)$/.exec(t.text);
      if (m) {
        t.text = m[1];
        p.texts.push({ ...t, y: t.y - 13, text: '\u200B' });
        const next = p.texts.find((u) => Math.abs(u.y - (t.y - 13)) < 1 && u !== t && u.text !== '\u200B');
        if (next) next.text = `${m[2]} ${next.text}`;
        else p.texts.push({ ...t, y: t.y - 13, text: m[2] });
      }
    }
    p.texts = p.texts.filter((t) => t.text !== '\u200B');
  }
  // Draw comment 3's first line before comment 2's bullets, as some staff PDFs' content streams do.
  for (const p of pages) {
    const i = p.texts.findIndex((t) => t.text.startsWith('3. '));
    const b = p.texts.findIndex((t) => t.text.startsWith('\u2022 the percentage'));
    if (i > 0 && b >= 0 && b < i) p.texts.unshift(...p.texts.splice(i, 1));
  }
  return pages;
}

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
});
