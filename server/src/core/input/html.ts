// EDGAR HTML → line-preserving letter text, the shape the tolerant reader knows: one line per block or table cell,
// list items as "•" bullets, entities decoded (the `entities` package: every HTML5 name, numeric references in the
// C1 range read as Windows-1252, as browsers do), and bold, italic and underline — from <b>/<strong>, <i>/<em>,
// <u>/<ins> and from CSS `font-weight`, `font-style` and `text-decoration`, which EDGAR filing tools write instead —
// carried into the text as markdown emphasis. No DOM: a small tag scanner is enough for the restricted HTML EDGAR
// accepts, and it never throws.

import type * as Entities from 'entities';
import { furnitureAroundBreaks } from './page-furniture';
import { renderRuns, type Marks, type Run } from './runs';
import type { SourceMap } from './source-map';

const BLOCK = new Set([
  'p', 'div', 'br', 'tr', 'td', 'th', 'li', 'ul', 'ol', 'table', 'tbody', 'thead', 'tfoot', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'center', 'hr', 'pre', 'dl', 'dt', 'dd', 'section', 'article', 'header', 'footer', 'address', 'title', 'caption',
]);
const DROP = new Set(['script', 'style', 'head', 'noscript', 'template', 'object', 'svg']);
/** Table cells are lines of their row; the other blocks are paragraphs, set apart by a blank line. */
const CELL = new Set(['td', 'th']);
const LIST_MARK = /^(?:\d{1,3}[.)]?|\(?[a-zA-Z]\)|\(?[ivx]{1,4}\)|[a-zA-Z]\.|[\u2022\u25AA\u25CF\u00B7\uF0B7\u2013o-])$/;
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'col', 'area', 'base', 'wbr', 'source']);
const TAG_MARKS: Record<string, Marks> = {
  b: { bold: true }, strong: { bold: true }, i: { italic: true }, em: { italic: true }, cite: { italic: true },
  u: { underline: true }, ins: { underline: true },
};

/** Spacing characters read as a plain space, invisible ones as nothing, as the reader expects of text. */
const AS_SPACE = /[\u00A0\u2002\u2003\u2009]/g;
const INVISIBLE = /[\u00AD\u200B\u200C\u200D\uFEFF]/g;

const ENTITY = /&(?:#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/gi;

// The entities package builds its table of HTML5 names when it is loaded (a few milliseconds): it is required on the
// first HTML read, so a server or CLI run that reads no HTML never pays for it.
let entities: typeof Entities | undefined;
function decodeHTML(s: string): string {
  entities ??= require('entities') as typeof Entities;
  return entities.decodeHTML(s);
}

/**
 * Decodes HTML character references (the full HTML table, and 0x80–0x9F references as Windows-1252); a reference to
 * a spacing character reads as a space, one to an invisible character as nothing. Characters written as themselves
 * are the author's and stay (a line's spaces are folded later).
 */
export function decodeEntities(s: string): string {
  return s.replace(ENTITY, (entity) => decodeHTML(entity).replace(AS_SPACE, ' ').replace(INVISIBLE, ''));
}

/** True when the text looks like HTML rather than a plain letter. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4000);
  return /<(?:!doctype\s+html|html|body|p|div|table|font)\b[^>]*>/i.test(head) && /<\/(?:p|div|td|font|body|html)>/i.test(text);
}

export interface HtmlText {
  text: string;
  /** Per text line: the line of the HTML file where it starts. */
  map: SourceMap;
}

/** The emphasis a tag's own `style` attribute (or its name) sets; undefined fields inherit. */
function marksOf(name: string, tag: string): Marks | undefined {
  let m: Marks | undefined = TAG_MARKS[name] ? { ...TAG_MARKS[name] } : undefined;
  const style = /\bstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
  if (style) {
    const css = decodeHTML(style[1] ?? style[2]).toLowerCase();
    const weight = /font-weight\s*:\s*([a-z0-9]+)/.exec(css);
    if (weight) (m ??= {}).bold = /^(?:bold|bolder|[6-9]00)$/.test(weight[1]);
    const fstyle = /font-style\s*:\s*([a-z]+)/.exec(css);
    if (fstyle) (m ??= {}).italic = fstyle[1] === 'italic' || fstyle[1] === 'oblique';
    const deco = /text-decoration(?:-line)?\s*:\s*([^;]+)/.exec(css);
    if (deco) (m ??= {}).underline = /\bunderline\b/.test(deco[1]);
    if (/\bfont\s*:[^;]*\bbold\b/.test(css)) (m ??= {}).bold = true;
    if (/\bfont\s*:[^;]*\bitalic\b/.test(css)) (m ??= {}).italic = true;
  }
  return m;
}

/**
 * Converts HTML to text with one line per block element or table cell. With `emphasis` (the default) bold, italic
 * and underline become markdown markers; without it the text is plain (the staff-letter importer quotes the staff's
 * words verbatim and sets its own emphasis). With `headings`, <h1>–<h6> become markdown headings (Word's heading
 * styles are the letter's captions; EDGAR filings use them for anything).
 */
export function htmlToLetterText(source: string, opts: { emphasis?: boolean; headings?: boolean } = {}): HtmlText {
  const emphasis = opts.emphasis !== false;
  // The EDGAR submission envelope around a document ("<TYPE>CORRESP", "<SEQUENCE>1", "<FILENAME>…") is not text
  // of the letter; removed in place, so line numbers stay those of the file.
  const html = source.replace(/<(?:TYPE|SEQUENCE|FILENAME|DESCRIPTION)>[^\n<]*/gi, '');
  const out: string[] = [];
  const map: SourceMap = [];
  let runs: Run[] = [];
  let runLine = 0;
  // Block boundaries since the last line: one is a line break (<br>), two or more (one block ending, another
  // starting) a paragraph break, as the project's reference converter and a browser's text both have it.
  let boundaries = 0;
  /** Output line indexes where a printed page begins (CSS page breaks, which EDGAR filings carry). */
  const breaks: number[] = [];
  const stack: { name: string; marks?: Marks }[] = [];
  let marks: Marks = {};
  const recompute = () => {
    const m: Marks = {};
    for (const e of stack) if (e.marks) Object.assign(m, Object.fromEntries(Object.entries(e.marks).filter(([, v]) => v !== undefined)));
    marks = m;
  };
  // Line numbers of the HTML, counted as the scanner moves forward.
  let counted = 0;
  let lineNo = 1;
  const lineAt = (pos: number) => {
    for (let k = html.indexOf('\n', counted); k >= 0 && k < pos; k = html.indexOf('\n', k + 1)) lineNo++;
    counted = Math.max(counted, pos);
    return lineNo;
  };
  const add = (text: string, pos: number) => {
    if (!text) return;
    if (!runs.some((r) => r.text.trim())) runLine = lineAt(pos);
    runs.push(emphasis ? { text, ...marks } : { text });
  };
  const flush = (boundary: number) => {
    const t = renderRuns(runs).replace(/[ \t\u00A0]+/g, ' ').trim();
    if (t) {
      if (boundaries >= 2 && out.length && out[out.length - 1] !== '') {
        out.push('');
        map.push(undefined);
      }
      out.push(t);
      map.push({ line: runLine });
      boundaries = 0;
    }
    runs = [];
    boundaries += boundary;
  };
  let i = 0;
  const n = html.length;
  let drop: string | undefined;
  let pre = false;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && !drop) {
      const raw = html.slice(i, textEnd);
      if (pre) {
        decodeEntities(raw)
          .split(/\r?\n/)
          .forEach((p, k) => {
            if (k > 0) flush(1);
            add(p, i);
          });
      } else add(decodeEntities(raw.replace(/[\r\n\t]+/g, ' ')), i);
    }
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      const close = html.indexOf(']]>', lt);
      i = close < 0 ? n : close + 3;
      continue;
    }
    const gt = findTagEnd(html, lt + 1);
    if (gt < 0) {
      // A stray "<" in text.
      if (!drop) add('<', lt);
      i = lt + 1;
      continue;
    }
    const tag = html.slice(lt + 1, gt);
    i = gt + 1;
    const m = /^(\/?)\s*([a-zA-Z][a-zA-Z0-9:-]*)/.exec(tag);
    if (!m) continue;
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    if (drop) {
      if (closing && name === drop) drop = undefined;
      continue;
    }
    if (DROP.has(name)) {
      if (!closing && !/\/\s*$/.test(tag)) drop = name;
      continue;
    }
    if (name === 'pre') pre = !closing;
    if (BLOCK.has(name)) {
      // EDGAR lays out numbered paragraphs as a table: the number in one cell, the text in the next. A cell that
      // holds only a number or a bullet stays on the line of the cell after it, as the page shows them.
      if (CELL.has(name) && LIST_MARK.test(runs.map((r) => r.text).join('').trim())) {
        add(' ', lt);
        continue;
      }
      flush(CELL.has(name) ? 0 : 1);
      if (!closing && name === 'li') add('\u2022 ', lt);
      if (!closing && opts.headings && /^h[1-6]$/.test(name)) add(`${'#'.repeat(Number(name[1]))} `, lt);
    } else if (name === 'img' && !closing) {
      const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
      const altText = alt ? decodeEntities(alt[1] ?? alt[2]).trim() : '';
      // A logo's alt text is often its file name ("allstatea01a01a18.jpg"): not words of the letter.
      if (altText && !/^[\w.-]+\.(?:jpe?g|png|gif|bmp|tiff?)$/i.test(altText)) add(` ${altText} `, lt);
    }
    if (!closing && /page-break-(?:before|after)\s*:\s*always|break-(?:before|after)\s*:\s*page/i.test(tag)) {
      flush(1);
      if (breaks[breaks.length - 1] !== out.length) breaks.push(out.length);
    }
    if (VOID.has(name) || /\/\s*$/.test(tag)) continue;
    if (closing) {
      let k = stack.length - 1;
      while (k >= 0 && stack[k].name !== name) k--;
      if (k >= 0) {
        stack.length = k;
        recompute();
      }
    } else {
      // A paragraph or cell left open is closed by the next one, as browsers do.
      if (name === 'p' || name === 'td' || name === 'th' || name === 'tr' || name === 'li') {
        const k = stack.map((e) => e.name).lastIndexOf(name);
        if (k >= 0 && (name !== 'li' || !stack.slice(k + 1).some((e) => e.name === 'ul' || e.name === 'ol'))) stack.length = k;
      }
      // An inline element set off by padding or a margin (EDGAR's "1." then the comment in a padded <font>) is
      // separated from the text before it by a space, as it is on the page.
      if (!BLOCK.has(name) && /\b(?:padding|margin)-left\s*:\s*(?!0(?:\D|$))[\d.]/i.test(tag)) add(' ', lt);
      if (stack.length < 512) stack.push({ name, marks: marksOf(name, tag) });
      recompute();
    }
  }
  flush(0);
  if (breaks.length) dropPageFurniture(out, map, breaks);
  return { text: out.length ? out.join('\n') + '\n' : '', map };
}

/**
 * Removes running headers, footers and page numbers around the page breaks, and joins a paragraph the break cut in
 * two (the sentence before it unfinished, the text after it going on in lower case), so a sentence is read whole.
 */
function dropPageFurniture(out: string[], map: SourceMap, breaks: number[]): void {
  const drop = furnitureAroundBreaks(out, breaks);
  const breakAt = new Set(breaks);
  const lines: string[] = [];
  const origins: SourceMap = [];
  let cut = false;
  out.forEach((line, i) => {
    if (breakAt.has(i)) cut = true;
    if (drop.has(i)) return;
    if (!line.trim()) {
      if (lines.length && lines[lines.length - 1] !== '') (lines.push(''), origins.push(undefined));
      return;
    }
    if (cut) {
      cut = false;
      // The last line before the break, when it does not end a sentence, goes on with this one.
      let k = lines.length - 1;
      while (k >= 0 && lines[k] === '') k--;
      if (k >= 0 && !/[.:;?!)\]"\u201D\u2019*_]$/.test(lines[k]) && /^[*_]*[a-z(]/.test(line)) {
        lines[k] = `${lines[k]} ${line}`;
        lines.length = k + 1;
        origins.length = k + 1;
        return;
      }
    }
    lines.push(line);
    origins.push(map[i]);
  });
  while (lines.length && lines[lines.length - 1] === '') (lines.pop(), origins.pop());
  out.splice(0, out.length, ...lines);
  map.splice(0, map.length, ...origins);
}

function findTagEnd(html: string, from: number): number {
  let quote: string | undefined;
  for (let j = from; j < html.length && j < from + 5000; j++) {
    const c = html[j];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j;
    else if (c === '<') return -1;
  }
  return -1;
}
