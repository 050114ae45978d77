// A minimal PDF writer for tests: pages of positioned text in the standard fonts (no embedding), drawn in the order
// given — so a test can draw a comment's number before the previous comment's last lines, as some staff PDFs do —
// and optionally a page with only a drawing (no text layer), as a scan has.

export interface PdfText {
  x: number;
  /** Baseline from the bottom of the page. */
  y: number;
  text: string;
  font?: 'regular' | 'bold' | 'italic' | 'bold-italic';
  size?: number;
}

export interface PdfPageSpec {
  texts: PdfText[];
  /** Draws a filled rectangle (what a scanned page's image is to a text extractor: no text). */
  drawing?: boolean;
}

const FONTS = { regular: 'Times-Roman', bold: 'Times-Bold', italic: 'Times-Italic', 'bold-italic': 'Times-BoldItalic' } as const;
const KEYS = { regular: 'F1', bold: 'F2', italic: 'F3', 'bold-italic': 'F4' } as const;

const CP1252: Record<string, number> = { '\u2022': 0x95, '\u2018': 0x91, '\u2019': 0x92, '\u201C': 0x93, '\u201D': 0x94, '\u2013': 0x96, '\u2014': 0x97, '\u00AD': 0xad };

/** A PDF string in WinAnsiEncoding (Windows-1252), octal escapes for everything outside printable ASCII. */
function pdfString(s: string): string {
  const bytes = [...s].map((c) => CP1252[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f));
  let out = '(';
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    if (c === '(' || c === ')' || c === '\\') out += `\\${c}`;
    else if (b < 32 || b > 126) out += `\\${b.toString(8).padStart(3, '0')}`;
    else out += c;
  }
  return out + ')';
}

export function writePdf(pages: PdfPageSpec[], size: [number, number] = [612, 792]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1; // object numbers start at 1
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('PAGES');
  const fontIds = Object.fromEntries(
    Object.entries(FONTS).map(([k, name]) => [k, add(`<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`)]),
  ) as Record<keyof typeof FONTS, number>;
  const fontRes = Object.entries(KEYS).map(([k, key]) => `/${key} ${fontIds[k as keyof typeof FONTS]} 0 R`).join(' ');
  const pageIds: number[] = [];
  for (const p of pages) {
    let stream = '';
    if (p.drawing) stream += '0.5 g 72 72 468 648 re f\n';
    for (const t of p.texts) {
      stream += `BT /${KEYS[t.font ?? 'regular']} ${t.size ?? 11} Tf 1 0 0 1 ${t.x} ${t.y} Tm ${pdfString(t.text)} Tj ET\n`;
    }
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}endstream`);
    pageIds.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${size[0]} ${size[1]}] /Resources << /Font << ${fontRes} >> >> /Contents ${content} 0 R >>`));
  }
  objects[1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  let out = '%PDF-1.4\n%\u00E2\u00E3\u00CF\u00D3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Lays out paragraphs as lines of a letter (a crude typesetter: fixed characters per line). */
export function typeset(paragraphs: { text: string; font?: PdfText['font']; indent?: number; gapBefore?: number }[], opts: { header?: (page: number) => string[]; footer?: (page: number) => string; width?: number } = {}): PdfPageSpec[] {
  const pages: PdfPageSpec[] = [];
  const perLine = opts.width ?? 90;
  let page: PdfPageSpec | undefined;
  let y = 0;
  const newPage = () => {
    page = { texts: [] };
    pages.push(page);
    const n = pages.length;
    y = 740;
    for (const h of opts.header?.(n) ?? []) {
      page.texts.push({ x: 72, y, text: h });
      y -= 13;
    }
    if (opts.header?.(n)?.length) y -= 13;
    const f = opts.footer?.(n);
    if (f) page.texts.push({ x: 300, y: 40, text: f });
  };
  newPage();
  for (const p of paragraphs) {
    y -= p.gapBefore ?? 13;
    const words = p.text.split(' ');
    let line = '';
    const lines: string[] = [];
    for (const w of words) {
      if (line && line.length + 1 + w.length > perLine) {
        lines.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    if (line) lines.push(line);
    for (const l of lines) {
      if (y < 80) newPage();
      page!.texts.push({ x: 72 + (p.indent ?? 0), y, text: l, font: p.font });
      y -= 13;
    }
  }
  return pages;
}
