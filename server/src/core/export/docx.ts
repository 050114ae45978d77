// DOCX for the review cycle with counsel and auditors, written with the `docx` package, laid out as a US letter is:
// Letter paper with 1-inch margins, the running header SEC response letters carry from page 2 on (company, date,
// "Page N" with a PAGE field), headings, response labels and the proposed-disclosure label kept with what follows them
// (and the closing with the signature), and proposed disclosure in its own indented style ("Proposed Disclosure").
// The page mark of a confidential letter and the DRAFT
// banner are in the header of every page, the first included, as Rule 83 asks for the mark.

import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import { DRAFT_BANNER, type Block, type ExportDocument, type Run } from './document';

/** Twentieths of a point: 8.5 × 11 inches, 1-inch margins, the header half an inch from the edge. */
export const LETTER_PAGE = { width: 12240, height: 15840, margin: 1440, header: 720 } as const;
export const PROPOSED_STYLE = 'ProposedDisclosure';

export async function renderDocx(doc: ExportDocument): Promise<Uint8Array> {
  const children = doc.blocks.filter((b) => b.role !== 'draft').map((b, i, all) => paragraph(b, i, all));
  // A paragraph belongs to one header: the marks are built once for each.
  const marks = (): Paragraph[] => {
    const out: Paragraph[] = [];
    if (doc.draft) out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: DRAFT_BANNER, bold: true, size: 20 })] }));
    if (doc.pageMark) out.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `${doc.pageMark} \u2014 Page `, bold: true, size: 18 }), new TextRun({ children: [PageNumber.CURRENT], bold: true, size: 18 })] }));
    return out;
  };
  const running: Paragraph[] = [];
  if (doc.running.company) running.push(new Paragraph({ children: [new TextRun({ text: doc.running.company, size: 20 })] }));
  if (doc.running.date) running.push(new Paragraph({ children: [new TextRun({ text: doc.running.date, size: 20 })] }));
  running.push(new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: 'Page ', size: 20 }), new TextRun({ children: [PageNumber.CURRENT], size: 20 })] }));
  const file = new Document({
    creator: 'corresp',
    title: doc.title,
    styles: {
      default: { document: { run: { font: 'Times New Roman', size: 24 } } },
      paragraphStyles: [
        {
          id: PROPOSED_STYLE,
          name: 'Proposed Disclosure',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          paragraph: { indent: { left: 720, right: 720 }, spacing: { after: 240 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: LETTER_PAGE.width, height: LETTER_PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: { top: LETTER_PAGE.margin, bottom: LETTER_PAGE.margin, left: LETTER_PAGE.margin, right: LETTER_PAGE.margin, header: LETTER_PAGE.header, footer: LETTER_PAGE.header },
          },
        },
        headers: {
          first: new Header({ children: doc.draft || doc.pageMark ? marks() : [new Paragraph({ children: [] })] }),
          default: new Header({ children: [...marks(), ...running] }),
        },
        children,
      },
    ],
  });
  const buf = await Packer.toBuffer(file);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

const CLOSING = /^\s*(?:Very truly yours|Sincerely(?: yours)?|Respectfully(?: submitted| yours)?|Yours (?:truly|sincerely)|Best regards|Regards),?\s*$/i;

function lineText(b: Block): string {
  return b.lines.map((l) => l.map((r) => r.text).join('')).join('\n');
}

function paragraph(b: Block, i: number, all: readonly Block[]): Paragraph {
  const next = all[i + 1];
  // Headings: level 1 bold underlined, level 2 bold, deeper levels underlined.
  const level = b.level ?? 1;
  const restyle = (r: Run): Run => (b.kind !== 'heading' ? r : { ...r, bold: r.bold || level <= 2, underline: r.underline || level !== 2 });
  const children: TextRun[] = [];
  if (b.kind === 'item' && b.bullet) children.push(new TextRun({ text: `${b.bullet}\t` }));
  b.lines.forEach((line, i) => {
    const rs = line.length ? line : [{ text: '' }];
    rs.forEach((r, k) => children.push(textRun(restyle(r), i > 0 && k === 0)));
  });
  const proposed = b.role === 'proposed';
  // The closing ("Very truly yours,"), the room to sign and the line before them stay on the page with the signature.
  const closing = b.kind === 'paragraph' && (CLOSING.test(lineText(b)) || /^\s*$/.test(lineText(b)));
  const beforeClosing = next !== undefined && next.kind === 'paragraph' && CLOSING.test(lineText(next));
  // A response label ("Response:") never ends a page apart from the answer under it.
  const label = b.kind === 'paragraph' && !b.comment && lineText(b).length <= 60 && /^\s*(?:[A-Z][\w'\u2019]*\s+)?Response\b[^.]*:?\s*$/i.test(lineText(b));
  const depth = b.kind === 'item' ? level : 0;
  const extra = proposed ? 720 : 0;
  return new Paragraph({
    children,
    style: proposed ? PROPOSED_STYLE : undefined,
    alignment: b.align === 'center' ? AlignmentType.CENTER : b.align === 'right' ? AlignmentType.RIGHT : undefined,
    spacing: { after: b.kind === 'item' ? 120 : 240 },
    // A restated comment stays with its response label, the label with the answer.
    keepNext: b.kind === 'heading' || b.comment || b.role === 'proposed-label' || label || closing || beforeClosing ? true : undefined,
    keepLines: b.kind === 'heading' || b.role === 'proposed-label' ? true : undefined,
    indent: b.kind === 'item' ? { left: 720 * depth + extra, hanging: b.bullet ? 360 : 0 } : proposed ? { left: 720, right: 720 } : undefined,
    tabStops: b.kind === 'item' ? [{ type: 'left', position: 720 * depth + extra }] : undefined,
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
