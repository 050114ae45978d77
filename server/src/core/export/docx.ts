// DOCX for the review cycle with counsel and auditors, written with the `docx` package. The page mark of a
// confidential letter is the page header, with the page number, so it is on every page as Rule 83 asks.

import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Block, ExportDocument, Run } from './document';

export async function renderDocx(doc: ExportDocument): Promise<Uint8Array> {
  const children = doc.blocks.map(paragraph);
  const headers = doc.pageMark
    ? {
        default: new Header({
          children: [
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              children: [new TextRun({ text: `${doc.pageMark} \u2014 Page `, bold: true, size: 18 }), new TextRun({ children: [PageNumber.CURRENT], bold: true, size: 18 })],
            }),
          ],
        }),
      }
    : undefined;
  const file = new Document({
    creator: 'corresp',
    title: doc.title,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    sections: [{ properties: { page: { margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } }, headers, children }],
  });
  const buf = await Packer.toBuffer(file);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function paragraph(b: Block): Paragraph {
  // Headings: level 1 bold underlined, level 2 bold, deeper levels underlined.
  const level = b.level ?? 1;
  const restyle = (r: Run): Run => (b.kind !== 'heading' ? r : { ...r, bold: r.bold || level <= 2, underline: r.underline || level !== 2 });
  const children: TextRun[] = [];
  if (b.kind === 'item' && b.bullet) children.push(new TextRun({ text: `${b.bullet}\t` }));
  b.lines.forEach((line, i) => {
    const rs = line.length ? line : [{ text: '' }];
    rs.forEach((r, k) => children.push(textRun(restyle(r), i > 0 && k === 0)));
  });
  const depth = b.kind === 'item' ? level : 0;
  return new Paragraph({
    children,
    alignment: b.align === 'center' ? AlignmentType.CENTER : b.align === 'right' ? AlignmentType.RIGHT : undefined,
    spacing: { after: b.kind === 'item' ? 120 : 240 },
    keepNext: b.kind === 'heading' ? true : undefined,
    indent: b.kind === 'item' ? { left: 720 * depth, hanging: b.bullet ? 360 : 0 } : undefined,
    tabStops: b.kind === 'item' ? [{ type: 'left', position: 720 * depth }] : undefined,
  });
}

function textRun(r: Run, breakBefore: boolean): TextRun {
  return new TextRun({
    text: r.text,
    bold: r.bold || undefined,
    italics: r.italic || undefined,
    underline: r.underline ? {} : undefined,
    font: r.code ? 'Courier New' : undefined,
    highlight: r.redacted ? 'yellow' : undefined,
    break: breakBefore ? 1 : undefined,
  });
}
