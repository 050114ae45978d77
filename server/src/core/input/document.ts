// One input layer for every command and the language server: a document as people have it — a text or markdown
// letter, EDGAR HTML, a staff letter's PDF, a Word draft — becomes letter text for the reader, plus a source map
// (each text line → page, paragraph or line of the original) and notes a person should see (tracked changes, Word
// comments). Text and HTML are read here, synchronously and without dependencies; PDF and DOCX go to adapters loaded
// on first use (load-adapter.ts), so checking a text letter never loads pdf.js or mammoth.

import { htmlToLetterText, looksLikeHtml } from './html';
import { loadAdapter, saveAdapterCaches } from './load-adapter';
import type { SourceMap } from './source-map';
import { decodeWindows1252 } from '../text/decode';

export type DocumentFormat = 'text' | 'html' | 'pdf' | 'docx';

export interface LetterDocument {
  format: DocumentFormat;
  /** The letter text the reader reads (markdown emphasis where the original had it). */
  text: string;
  /** Per text line, where it came from; undefined for text and markdown letters (the text is the original). */
  map?: SourceMap;
  /** Things about the original a person should know (tracked changes, Word comments). */
  notes: string[];
  /** PDF: number of pages. */
  pages?: number;
}

export interface ReadOptions {
  /** Carry bold/italic/underline into the text as markdown emphasis (default true; the importer turns it off). */
  emphasis?: boolean;
  /** Force a format instead of sniffing it from the name and the bytes. */
  format?: DocumentFormat;
}

/** A document that cannot be read as a letter, with the message a person should see (CLI exit status 2). */
export class DocumentError extends Error {}

const HTML_NAME = /\.(?:html?|xhtml)$/i;

/** The format, from the first bytes and the file name. */
export function sniffFormat(bytes: Uint8Array, name = ''): DocumentFormat {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (/%PDF-\d/.test(head)) return 'pdf';
  if (head.startsWith('PK\u0003\u0004') && (/\.doc[xm]$/i.test(name) || /word\//.test(Buffer.from(bytes.subarray(0, 64 * 1024)).toString('latin1')))) return 'docx';
  if (HTML_NAME.test(name)) return 'html';
  if (/^\s*<(?:!doctype\s+html|html\b|\?xml)/i.test(head.replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, ''))) return 'html';
  return 'text';
}

/** Formats that need an adapter (and so an asynchronous read). */
export function isBinaryFormat(format: DocumentFormat): boolean {
  return format === 'pdf' || format === 'docx';
}

/**
 * Bytes → string. UTF-8 (with or without a byte-order mark) and UTF-16 with one are read as such; HTML that is not
 * UTF-8 is read in the charset its <meta> names, else Windows-1252 (EDGAR's usual); other text must be UTF-8.
 */
export function decodeDocument(bytes: Uint8Array, name: string, format: DocumentFormat): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (format === 'text' && bytes.subarray(0, 8192).includes(0)) throw new DocumentError(`${name}: looks like a binary file (it contains NUL bytes), not a letter`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    if (format !== 'html') throw new DocumentError(`${name}: is not valid UTF-8 text; save it as UTF-8 and try again`);
  }
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = /<meta\b[^>]*charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  // Browsers read ISO-8859-1 and US-ASCII as Windows-1252 (the WHATWG Encoding standard), and so does this.
  if (!declared || /^(?:utf-?8|windows-1252|cp1252|iso-8859-1|iso8859-1|latin-?1|l1|us-ascii|ascii)$/.test(declared)) return decodeWindows1252(bytes);
  try {
    return new TextDecoder(declared).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** Reads a text, markdown or HTML letter (synchronous). PDF and DOCX need `readDocument`. */
export function readTextDocument(bytes: Uint8Array, name: string, opts: ReadOptions = {}): LetterDocument {
  const format = opts.format ?? sniffFormat(bytes, name);
  if (isBinaryFormat(format)) throw new DocumentError(`${name}: a ${format.toUpperCase()} document is read asynchronously (readDocument)`);
  const text = decodeDocument(bytes, name, format);
  if (format === 'html' || (format === 'text' && !/\.(?:md|markdown|txt)$/i.test(name) && looksLikeHtml(text))) {
    const html = htmlToLetterText(text, { emphasis: opts.emphasis });
    return { format: 'html', text: html.text, map: html.map, notes: [] };
  }
  return { format: 'text', text, notes: [] };
}

type PdfAdapter = typeof import('./pdf/extract');
type DocxAdapter = typeof import('./docx/read');

/** Reads any supported document. Throws DocumentError with a message for a person when it cannot. */
export async function readDocument(bytes: Uint8Array, name: string, opts: ReadOptions = {}): Promise<LetterDocument> {
  const format = opts.format ?? sniffFormat(bytes, name);
  if (format === 'pdf') {
    const pdf = await loadAdapter<PdfAdapter>('pdf-reader.js', 'pdf/extract.ts');
    let r: Awaited<ReturnType<PdfAdapter['readPdf']>>;
    try {
      r = await pdf.readPdf(bytes, { emphasis: opts.emphasis });
    } catch (err) {
      const msg = (err as Error)?.message ?? String(err);
      if (/password/i.test(msg)) throw new DocumentError(`${name}: the PDF is protected by a password; save an unprotected copy and try again`);
      throw new DocumentError(`${name}: cannot be read as a PDF (${msg})`);
    }
    if (r.text.replace(/\s+/g, '').length < 20) {
      throw new DocumentError(
        `${name}: the PDF has no text layer (${r.pages} page${r.pages === 1 ? '' : 's'} of images, likely a scan); run it through OCR, or paste the letter's text into a .txt file, and try again`,
      );
    }
    saveAdapterCaches();
    return { format, text: r.text, map: r.map, notes: [], pages: r.pages };
  }
  if (format === 'docx') {
    const docx = await loadAdapter<DocxAdapter>('docx-reader.js', 'docx/read.ts');
    let r: Awaited<ReturnType<DocxAdapter['readDocx']>>;
    try {
      r = await docx.readDocx(bytes, { emphasis: opts.emphasis });
    } catch (err) {
      throw new DocumentError(`${name}: cannot be read as a Word document (${(err as Error)?.message ?? String(err)})`);
    }
    saveAdapterCaches();
    return { format, text: r.text, map: r.map, notes: r.notes };
  }
  return readTextDocument(bytes, name, { ...opts, format });
}
