// The pdf.js adapter: a PDF's bytes → each page's text items with positions and font styles, for layout.ts.
// This module is the entry of a separate bundle (server/out/pdf-reader.js) that load-adapter.ts loads on first use,
// so checking a text letter or starting the extension never pays for pdf.js. pdf.js runs in this thread (its "fake
// worker", handed the worker module directly), with no network, no font loading into a page and no `eval`.

import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as worker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { fontStyle, layoutPages, type LayoutOptions, type LayoutResult, type PdfItem, type PdfPage } from './layout';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
pdfjs.GlobalWorkerOptions.workerSrc ||= 'pdf.worker.mjs'; // never fetched: pdfjsWorker above is used instead

/** Each page's text items. Throws on a file pdf.js cannot open (damaged, encrypted with a password). */
export async function extractPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // pdf.js takes ownership of (and detaches) the buffer it is given
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  const doc = await task.promise;
  try {
    const pages: PdfPage[] = [];
    const styles = new Map<string, { bold: boolean; italic: boolean }>();
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = (await page.getTextContent()) as { items: { str?: string; transform?: number[]; width?: number; fontName?: string }[] };
      // The fonts' real names ("…-BoldMT") say bold and italic; pdf.js hands a font to this side when it builds a
      // page's operator list. Fonts are shared across pages, so only a page with a font not seen yet needs one.
      const ids = new Set(content.items.map((it) => it.fontName).filter((id): id is string => !!id));
      if ([...ids].some((id) => !styles.has(id) && !page.commonObjs.has(id))) await page.getOperatorList();
      const [x0, y0, x1, y1] = page.view;
      const styleOf = (id: string | undefined) => {
        if (!id) return { bold: false, italic: false };
        let s = styles.get(id);
        if (!s) {
          let name: string | undefined;
          try {
            name = (page.commonObjs.get(id) as { name?: string } | undefined)?.name;
          } catch {
            name = undefined;
          }
          s = fontStyle(name);
          styles.set(id, s);
        }
        return s;
      };
      const items: PdfItem[] = [];
      for (const it of content.items) {
        if (typeof it.str !== 'string' || !it.transform) continue;
        const [a, b, c, d, e, f] = it.transform;
        if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d)) continue; // rotated: stamps, margin notes
        items.push({ str: it.str, x: e - x0, y: f - y0, width: it.width ?? 0, size: Math.abs(d) || Math.abs(a), ...styleOf(it.fontName) });
      }
      pages.push({ width: x1 - x0, height: y1 - y0, items });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** A PDF's text as a letter: pages laid out, furniture removed, emphasis kept (see layout.ts). */
export async function readPdf(bytes: Uint8Array, opts: LayoutOptions = {}): Promise<LayoutResult & { pages: number }> {
  const pages = await extractPdfPages(bytes);
  return { ...layoutPages(pages, opts), pages: pages.length };
}
