// The Word adapter: a DOCX's bytes → letter text. mammoth converts the document to HTML (bold, italic and — by a
// style-map line — underline kept; headings as headings), which the input layer's HTML reader turns into lines with
// markdown emphasis. Before that, numbering.ts makes Word's automatic list numbers literal and marks every paragraph
// so each line can name the paragraph it came from. Tracked changes and comments are counted from the package's XML
// and reported, and a corresp front-matter part (written by `corresp export --to docx`) becomes the letter's front
// matter again. This module is the entry of a separate bundle (server/out/docx-reader.js), loaded on first use.

import JSZip from 'jszip';
import * as mammoth from 'mammoth';
import { htmlToLetterText } from '../html';
import type { SourceMap } from '../source-map';
import { readFrontMatterPart } from './front-matter-part';
import { literalNumbering, MARK_CLOSE, MARK_OPEN, readNumbering } from './numbering';
import { countRevisions, describeRevisions, type RevisionReport } from './revisions';

export interface DocxText {
  /** The letter: the restored front matter (if any), then the body. */
  text: string;
  map: SourceMap;
  /** The YAML restored from the corresp front-matter part, when the DOCX has one. */
  frontMatter?: string;
  revisions: RevisionReport;
  /** What a person should be told about the document (tracked changes, comments, conversion messages). */
  notes: string[];
}

const STYLE_MAP = ['u => u', "p[style-name='Title'] => h1:fresh"];

export async function readDocx(bytes: Uint8Array, opts: { emphasis?: boolean } = {}): Promise<DocxText> {
  const zip = await JSZip.loadAsync(bytes);
  const file = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  const documentXml = await file('word/document.xml');
  if (!documentXml) throw new Error('it is not a Word document (no word/document.xml inside)');
  const [numberingXml, stylesXml, commentsXml] = await Promise.all([file('word/numbering.xml'), file('word/styles.xml'), file('word/comments.xml')]);
  const revisions = countRevisions(documentXml, commentsXml);

  let frontMatter: string | undefined;
  for (const name of Object.keys(zip.files).filter((n) => /^customXml\/item\d+\.xml$/i.test(n)).sort()) {
    frontMatter = readFrontMatterPart(await file(name));
    if (frontMatter !== undefined) break;
  }

  const literal = literalNumbering(documentXml, readNumbering(numberingXml, stylesXml));
  zip.file('word/document.xml', literal.xml);
  const prepared = await zip.generateAsync({ type: 'nodebuffer' });
  const result = await mammoth.convertToHtml({ buffer: prepared }, { styleMap: STYLE_MAP, ignoreEmptyParagraphs: true });

  const html = htmlToLetterText(result.value, { emphasis: opts.emphasis, headings: true });
  const lines: string[] = [];
  const map: SourceMap = [];
  let paragraph: number | undefined;
  const marker = new RegExp(`${MARK_OPEN}(\\d+)${MARK_CLOSE}`, 'g');
  html.text.split('\n').forEach((raw) => {
    let first: number | undefined;
    const line = raw
      .replace(marker, (_, n: string) => {
        first ??= Number(n);
        return '';
      })
      // A marker at the start of an emphasised paragraph sits inside the markers: "**\uE0003\uE001Text**".
      .replace(/^(\#{1,6} )?(\*{1,3}|__)\s+/, '$1$2')
      .replace(/ {2,}/g, ' ')
      .trimEnd();
    if (first !== undefined) paragraph = first;
    if (!line.replace(/^#{1,6}\s*$/, '').replace(/^(\*{1,3}|__)+$/, '').trim()) {
      if (!raw.trim() && lines.length && lines[lines.length - 1] !== '') {
        lines.push('');
        map.push(undefined);
      }
      return;
    }
    lines.push(line);
    map.push(paragraph !== undefined ? { paragraph } : undefined);
  });
  while (lines.length && lines[lines.length - 1] === '') (lines.pop(), map.pop());

  const notes = describeRevisions(revisions);
  const messages = result.messages.filter((m) => m.type === 'error').map((m) => `Word conversion: ${m.message}`);
  notes.push(...messages.slice(0, 5));
  let text = lines.join('\n') + '\n';
  if (frontMatter !== undefined) {
    const fm = frontMatter.replace(/^\n+|\n+$/g, '');
    const head = ['---', ...fm.split('\n'), '---', ''];
    text = head.join('\n') + '\n' + text;
    map.unshift(...head.map(() => undefined));
  }
  return { text, map, frontMatter, revisions, notes };
}
