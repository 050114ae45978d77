// EDGAR HTML → line-preserving plain text, the shape the tolerant reader knows from PDF conversions: one line per
// block or table cell, bullets as "•", entities decoded (`entities`). No DOM: a small tag scanner is enough for the
// restricted HTML EDGAR accepts, and it never throws.
import { decodeHTML } from 'entities';

const BLOCK = new Set([
  'p', 'div', 'br', 'tr', 'td', 'th', 'li', 'ul', 'ol', 'table', 'tbody', 'thead', 'tfoot', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'center', 'hr', 'pre', 'dl', 'dt', 'dd', 'section', 'article', 'header', 'footer', 'address', 'title', 'caption',
]);
const DROP = new Set(['script', 'style', 'head', 'noscript', 'template', 'object', 'svg']);
/** Blocks that end a paragraph: a blank line follows them. */
const PARAGRAPH = new Set(['p', 'table', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'hr', 'pre']);

// Entities that stand for spacing are read as a plain space, and invisible ones as nothing, as the reader expects of
// text; every other entity is decoded by the `entities` package (the full HTML table, and numeric references in
// 0x80–0x9F read as Windows-1252, as browsers do).
const AS_SPACE = /[\u00A0\u2002\u2003\u2009]/g;
const INVISIBLE = /[\u00AD\u200B\u200C\u200D]/g;

const ENTITY = /&(?:#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/gi;

export function decodeEntities(s: string): string {
  return s.replace(ENTITY, (entity) => decodeHTML(entity).replace(AS_SPACE, ' ').replace(INVISIBLE, ''));
}

/** True when the text looks like HTML rather than a plain letter. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4000);
  return /<(?:!doctype\s+html|html|body|p|div|table|font)\b[^>]*>/i.test(head) && /<\/(?:p|div|td|font|body|html)>/i.test(text);
}

/** Converts HTML to text with one line per block element or table cell. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let line = '';
  const pendingBlank = { v: false };
  const flush = (blank: boolean) => {
    const t = line.replace(/[ \t\u00A0]+/g, ' ').trim();
    if (t) {
      if (pendingBlank.v && out.length && out[out.length - 1] !== '') out.push('');
      out.push(t);
      pendingBlank.v = false;
    }
    line = '';
    if (blank) pendingBlank.v = true;
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
        const parts = decodeEntities(raw).split(/\r?\n/);
        parts.forEach((p, k) => {
          if (k > 0) flush(false);
          line += p;
        });
      } else line += decodeEntities(raw.replace(/[\r\n\t]+/g, ' '));
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
      if (!drop) line += '<';
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
      flush(PARAGRAPH.has(name) && (closing || name === 'hr'));
      if (!closing && name === 'li') line = '\u2022 ';
    } else if (name === 'img' && !closing) {
      const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
      if (alt && (alt[1] ?? alt[2])) line += ` ${decodeEntities(alt[1] ?? alt[2])} `;
    }
  }
  flush(false);
  return out.join('\n') + '\n';
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
