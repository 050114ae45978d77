// Plain text: paragraphs separated by blank lines, line breaks of address and signature blocks kept, list items
// indented. Emphasis has no plain-text form; the comments stay recognisable by their numbers.

import type { ExportDocument, Line } from './document';

export function renderText(doc: ExportDocument): string {
  const out: string[] = [];
  if (doc.pageMark) out.push(doc.pageMark, '');
  for (const b of doc.blocks) {
    const lines = b.lines.map(text);
    if (b.kind === 'item') {
      const pad = '    '.repeat(Math.max(0, (b.level ?? 1) - 1));
      const mark = b.bullet ? `${b.bullet} ` : '  ';
      out.push(lines.map((l, i) => `${pad}${i === 0 ? mark : '  '}${l}`).join('\n'));
    } else if (b.align === 'center') out.push(lines.map((l) => l.padStart(Math.floor((80 + l.length) / 2))).join('\n'));
    else out.push(lines.join('\n'));
    out.push('');
  }
  if (doc.pageMark) out.push(doc.pageMark, '');
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function text(l: Line): string {
  return l.map((r) => r.text).join('');
}
