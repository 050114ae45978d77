// Plain text, for an ASCII EDGAR submission: paragraphs separated by blank lines, line breaks of address and
// signature blocks kept, list items indented, proposed disclosure indented. ASCII only: dashes, quotes, ellipses and
// other typography are transliterated. Emphasis has no plain-text form, so the text never says the comments are "in
// bold type": they stay recognisable by their numbers.

import type { ExportDocument, Line } from './document';

export function renderText(doc: ExportDocument): string {
  const out: string[] = [];
  if (doc.pageMark) out.push(doc.pageMark, '');
  for (const b of doc.blocks) {
    const lines = b.lines.map(text).map((l) => (b.kind === 'paragraph' ? dropEmphasisClaim(l) : l));
    if (b.kind === 'item') {
      const pad = '    '.repeat(Math.max(0, (b.level ?? 1) - 1)) + (b.role === 'proposed' ? '    ' : '');
      const mark = b.bullet ? `${b.bullet} ` : '  ';
      out.push(lines.map((l, i) => `${pad}${i === 0 ? mark : '  '}${l}`).join('\n'));
    } else if (b.role === 'proposed') out.push(lines.map((l) => wrap(l, 72).map((w) => `    ${w}`).join('\n')).join('\n'));
    else if (b.align === 'center') out.push(lines.map((l) => l.padStart(Math.floor((80 + l.length) / 2))).join('\n'));
    else out.push(lines.join('\n'));
    out.push('');
  }
  if (doc.pageMark) out.push(doc.pageMark, '');
  return toAscii(out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n');
}

function text(l: Line): string {
  return l.map((r) => r.text).join('');
}

/** "each of the Staff's comments is repeated below in bold type, followed by …" → "… repeated below, followed by …". */
function dropEmphasisClaim(s: string): string {
  if (!/\b(?:repeated|restated|reproduced|set (?:forth|out))\b/i.test(s)) return s;
  return s.replace(/\s*,?\s*\b(?:in (?:bold|italics?|bold italics?|boldface|bold-face)(?:,? underlined)?(?: (?:type|font|print|face|text))?|underlined)\b(?=[\s,.;:])/i, '');
}

function wrap(s: string, width: number): string[] {
  const words = s.split(/ +/);
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  out.push(line);
  return out;
}

const ASCII: Record<string, string> = {
  '\u2014': '--', // em dash
  '\u2013': '-', // en dash
  '\u2012': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u2032': "'",
  '\u2033': '"',
  '\u2026': '...',
  '\u00A0': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u202F': ' ',
  '\u200B': '',
  '\uFEFF': '',
  '\u2022': '*',
  '\u25CF': '*',
  '\u25AA': '*',
  '\uF0B7': '*',
  '\u00B7': '*',
  '\u00A7': 'Section ',
  '\u00B6': 'para. ',
  '\u00A9': '(c)',
  '\u00AE': '(R)',
  '\u2122': '(TM)',
  '\u00B0': ' degrees',
  '\u00BD': '1/2',
  '\u00BC': '1/4',
  '\u00BE': '3/4',
  '\u00D7': 'x',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u20AC': 'EUR ',
  '\u00A3': 'GBP ',
  '\u00A5': 'JPY ',
};

/** ASCII for an EDGAR text submission: typography transliterated, accents dropped, anything else as "?". */
export function toAscii(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c === 9 || c === 10 || c === 13 || (c >= 32 && c < 127)) {
      out += ch;
      continue;
    }
    const mapped = ASCII[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const plain = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += /^[\x20-\x7E]+$/.test(plain) ? plain : '?';
  }
  return out.replace(/(Section|para\.) {2,}/g, '$1 ').replace(/ +\n/g, '\n');
}
