// The Word reader: a Word-style draft written with the `docx` library (heading styles, automatic numbering
// interleaved with responses, bold comments, a tracked change, a Word comment), drafts exported from the labelled
// text letters, and the round trip export → edit as Word does → convert, which must keep the register.
import {
  AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, HeadingLevel, InsertedTextRun,
  LevelFormat, Packer, Paragraph, TextRun,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectCommitments } from '../../server/src/core/commitments/commitment';
import { readRegister } from '../../server/src/core/commitments/register';
import { parseLetter } from '../../server/src/core/dialect/parse';
import { buildDocx, exportDocx } from '../../server/src/core/export';
import { readDocument } from '../../server/src/core/input';
import { EXAMPLE, read } from '../helpers/letters';

const para = (text: string, opts: { bold?: boolean } = {}) => new Paragraph({ children: [new TextRun({ text, bold: opts.bold })], spacing: { after: 200 } });

/** A response letter as a person writes it in Word. */
async function wordDraft(): Promise<Uint8Array> {
  const comment = (text: string) => new Paragraph({ numbering: { reference: 'staff-comments', level: 0 }, children: [new TextRun({ text, bold: true })] });
  const response = () => new Paragraph({ children: [new TextRun({ text: 'Response:', bold: true, underline: {} })] });
  const doc = new Document({
    creator: 'Jane Counsel',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    numbering: {
      config: [{ reference: 'staff-comments', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] }],
    },
    comments: { children: [{ id: 0, author: 'Audit Partner', initials: 'AP', children: [para('Please confirm the amount with the controller.')] }] },
    sections: [
      {
        children: [
          para('Example Corp'),
          para('September 15, 2017'),
          para('Re: Example Corp, Form 10-K for the Fiscal Year Ended December 31, 2016, Filed March 1, 2017, File No. 001-12345'),
          para('Ladies and Gentlemen:'),
          para('We set forth below our responses to the comments of the Staff. For your convenience, each comment is repeated in bold, followed by our response.'),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Form 10-K for the Fiscal Year Ended December 31, 2016')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Goodwill, page 84')] }),
          comment('Tell us whether your reporting unit was at risk of failing step 1 of the goodwill impairment test.'),
          response(),
          new Paragraph({
            children: [
              new TextRun('The Company respectfully advises the Staff that the fair value of the reporting unit exceeded its carrying value by '),
              new DeletedTextRun({ id: 1, author: 'Jane Counsel', date: '2017-09-10T10:00:00Z', text: '15%' }),
              new InsertedTextRun({ id: 2, author: 'Jane Counsel', date: '2017-09-10T10:00:00Z', text: '18%' }),
              new TextRun(' as of October 1, 2016.'),
            ],
          }),
          comment('Please expand your disclosure of the key assumptions used in the impairment test.'),
          response(),
          new Paragraph({
            children: [
              new CommentRangeStart(0),
              new TextRun('In response to the Staff\u2019s comment, the Company will expand its disclosure in its Form 10-K for the fiscal year ending December 31, 2017 to describe the key assumptions.'),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
            ],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Revenue Recognition, page 90')] }),
          comment('Tell us how you determined that *collection* was probable.'),
          response(),
          new Paragraph({ children: [new TextRun('The Company assessed '), new TextRun({ text: 'collectability', italics: true }), new TextRun(' under ASC 605-10-S99 for each customer.')] }),
          para('If you have any questions regarding these responses, please contact the undersigned.'),
          para('Very truly yours,'),
        ],
      },
    ],
  });
  const buf = await Packer.toBuffer(doc);
  return new Uint8Array(buf);
}

describe('Word reader', () => {
  it('reads a Word draft: numbered comments as their numbers, responses, commitments, emphasis', async () => {
    const doc = await readDocument(await wordDraft(), 'DRAFT.docx');
    expect(doc.format).toBe('docx');
    const letter = parseLetter(doc.text);
    expect(letter.comments.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(letter.responses.map((r) => r.number)).toEqual([1, 2, 3]);
    const commitments = detectCommitments(letter);
    expect(commitments.map((c) => c.sentence)).toEqual([expect.stringMatching(/will expand its disclosure in its Form 10-K for the fiscal year ending December 31, 2017/)]);
    expect(doc.text).toMatch(/^2\. \*\*Please expand your disclosure/m);
    expect(doc.text).toMatch(/^\*\*Response:\*\*$/m);
    expect(doc.text).toMatch(/assessed \*collectability\* under/);
    expect(doc.text).toMatch(/^# Form 10-K for the Fiscal Year Ended December 31, 2016$/m);
    expect(doc.text).toMatch(/^## Goodwill, page 84$/m);
  });

  it('reports tracked changes and Word comments with their authors, and reads the text as if accepted', async () => {
    const doc = await readDocument(await wordDraft(), 'DRAFT.docx');
    expect(doc.notes).toEqual([
      expect.stringMatching(/^2 tracked changes not accepted in Word \(1 insertion, 1 deletion\) by Jane Counsel; /),
      '1 Word comment by Audit Partner (not part of the letter text)',
    ]);
    expect(doc.text).toMatch(/by 18% as of October 1, 2016/);
    expect(doc.text).not.toMatch(/15%/);
  });

  it('maps each line to its paragraph in the document', async () => {
    const doc = await readDocument(await wordDraft(), 'DRAFT.docx');
    const lines = doc.text.split('\n');
    expect(doc.map?.[lines.findIndex((l) => l.startsWith('Example Corp'))]).toEqual({ paragraph: 1 });
    expect(doc.map?.[lines.findIndex((l) => l.startsWith('2. '))]).toEqual({ paragraph: 11 });
  });
});

/** Edits a DOCX the way Word saves it: runs split with revision ids, a paragraph added, document properties rewritten. */
function editAsWord(docx: Uint8Array, addParagraphAfter: string, added: string): Uint8Array {
  const files = unzipSync(docx);
  let xml = strFromU8(files['word/document.xml']);
  xml = xml.replace(/<w:p>/g, '<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3">');
  // Split the first long run in two, as Word does after an edit in the middle of it.
  xml = xml.replace(/<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t xml:space="preserve">([^<]{40,}?) ([^<]{20,})<\/w:t><\/w:r>/, (_, rpr = '', a: string, b: string) =>
    `<w:r w:rsidR="00D4E5F6">${rpr}<w:t xml:space="preserve">${a} </w:t></w:r><w:r w:rsidR="00D4E5F7">${rpr}<w:t xml:space="preserve">${b}</w:t></w:r>`,
  );
  const at = xml.indexOf(addParagraphAfter);
  expect(at, addParagraphAfter).toBeGreaterThan(0);
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  xml = `${xml.slice(0, end)}<w:p w:rsidR="00D4E5F8"><w:r><w:t xml:space="preserve">${added}</w:t></w:r></w:p>${xml.slice(end)}`;
  files['word/document.xml'] = strToU8(xml);
  files['docProps/core.xml'] = strToU8(strFromU8(files['docProps/core.xml']).replace(/<cp:lastModifiedBy>[^<]*<\/cp:lastModifiedBy>|(?=<\/cp:coreProperties>)/, '<cp:lastModifiedBy>Outside Counsel</cp:lastModifiedBy>'));
  return zipSync(files);
}

describe('round trip: export --to docx, edit in Word, convert', () => {
  it('keeps every comment, response and register entry, and the edit', async () => {
    const source = read(EXAMPLE);
    const before = parseLetter(source);
    const { output } = await exportDocx(source);
    const edited = editAsWord(output, 'Company respectfully advises the Staff that the Company has included', 'The Company has also reviewed its segment disclosures with its auditors.');
    const doc = await readDocument(edited, 'RESPONSE.docx');
    const after = parseLetter(doc.text);
    expect(after.comments.map((c) => c.number)).toEqual(before.comments.map((c) => c.number));
    expect(after.responses.map((r) => r.number)).toEqual(before.responses.map((r) => r.number));
    expect(readRegister(before).entries.length).toBeGreaterThan(0);
    const entries = (l: ReturnType<typeof parseLetter>) => readRegister(l).entries.map((e) => ({ ...e, span: undefined, sentenceSpan: undefined }));
    expect(entries(after)).toEqual(entries(before));
    expect(after.facts.company).toBe(before.facts.company);
    expect(after.facts.responseDate).toBe(before.facts.responseDate);
    expect(doc.text).toMatch(/also reviewed its segment disclosures with its auditors/);
    expect(detectCommitments(after).map((c) => c.comment)).toEqual(detectCommitments(before).map((c) => c.comment));
  });

  it('a letter without front matter exports no custom part and converts without front matter', async () => {
    const source = read(EXAMPLE).replace(/^---[\s\S]*?\n---\n/, '');
    const bytes = await buildDocx(source);
    expect(Object.keys(unzipSync(bytes)).filter((n) => n.startsWith('customXml/'))).toEqual([]);
    const doc = await readDocument(bytes, 'x.docx');
    expect(doc.text.startsWith('---')).toBe(false);
  });
});

describe('DOCX drafts exported from the labelled text letters', () => {
  const DIR = path.resolve(__dirname, '..', 'data', 'real-letters');
  const labels: Record<string, { kind: string; comments: number[]; responses?: number[] }> = JSON.parse(fs.readFileSync(path.join(DIR, 'labels.json'), 'utf8'));
  const responses = Object.entries(labels).filter(([, l]) => l.kind === 'response');

  it('give the same comments, responses and commitments as the text letter', async () => {
    expect(responses.length).toBeGreaterThanOrEqual(10);
    const wrong: string[] = [];
    for (const [file, label] of responses) {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      const fromText = parseLetter(text);
      const doc = await readDocument((await exportDocx(text)).output, `${file}.docx`);
      const fromDocx = parseLetter(doc.text);
      const got = { comments: fromDocx.comments.map((c) => c.number), responses: fromDocx.responses.map((r) => r.number) };
      const want = { comments: label.comments, responses: label.responses };
      const commitments = (l: ReturnType<typeof parseLetter>) => detectCommitments(l).map((c) => c.comment);
      if (JSON.stringify(got) !== JSON.stringify(want) || JSON.stringify(commitments(fromDocx)) !== JSON.stringify(commitments(fromText))) {
        wrong.push(`${file}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}; commitments ${commitments(fromText)} → ${commitments(fromDocx)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('corresp convert keeps the notes with the letter', () => {
  it('writes tracked changes and comments as HTML comments after the front matter', async () => {
    const { withNotes } = await import('../../server/src/cli/convert');
    expect(withNotes('---\na: 1\n---\n\nBody\n', ['2 tracked changes -- by A'])).toBe('---\na: 1\n---\n\n<!-- corresp convert: 2 tracked changes \u2014 by A -->\n\nBody\n');
    expect(withNotes('Body\n', ['1 Word comment by B'])).toBe('<!-- corresp convert: 1 Word comment by B -->\n\nBody\n');
    expect(withNotes('Body\n', [])).toBe('Body\n');
    const doc = await readDocument(await wordDraft(), 'DRAFT.docx');
    const text = withNotes(doc.text, doc.notes);
    expect(parseLetter(text).responses.map((r) => r.number)).toEqual([1, 2, 3]);
  });
});
