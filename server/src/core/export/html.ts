// EDGAR-ready HTML: the restricted HTML EDGAR accepts for a CORRESP document. No scripts, no style sheets or
// external references (no src, no href), ASCII only (everything else as numeric character references), inline
// styles for layout.

import type { Block, ExportDocument, Run } from './document';

export function renderHtml(doc: ExportDocument): string {
  const out: string[] = [];
  out.push('<html>');
  out.push(`<head><title>${esc(doc.title)}</title></head>`);
  out.push('<body style="font-family: \'Times New Roman\', Times, serif; font-size: 12pt">');
  if (doc.pageMark) out.push(`<p style="margin: 0 0 12pt 0; text-align: right; font-size: 10pt"><b>${esc(doc.pageMark)}</b></p>`);
  for (const b of doc.blocks) out.push(block(b));
  if (doc.pageMark) out.push(`<p style="margin: 12pt 0 0 0; text-align: right; font-size: 10pt"><b>${esc(doc.pageMark)}</b></p>`);
  out.push('</body>');
  out.push('</html>');
  return out.join('\n') + '\n';
}

function block(b: Block): string {
  const styles = ['margin: 0 0 12pt 0'];
  if (b.align) styles.push(`text-align: ${b.align}`);
  // Proposed disclosure: indented on both sides, so the text the company will file stands apart from the staff's
  // comments and from the response around it.
  if (b.role === 'proposed' && b.kind !== 'item') styles.push('margin-left: 36pt', 'margin-right: 36pt');
  if (b.role === 'draft') styles.push('border: 1pt solid #000000', 'padding: 4pt', 'font-size: 14pt');
  let content = b.lines.map((l) => l.map(run).join('')).join('<br>\n');
  if (b.kind === 'heading') {
    const level = b.level ?? 1;
    content = level === 1 ? `<b><u>${content}</u></b>` : level === 2 ? `<b>${content}</b>` : `<u>${content}</u>`;
  } else if (b.kind === 'item') {
    const depth = b.level ?? 1;
    styles[0] = 'margin: 0 0 6pt 0';
    styles.push(`margin-left: ${36 * depth + (b.role === 'proposed' ? 36 : 0)}pt`);
    if (b.bullet) {
      styles.push('text-indent: -18pt');
      content = `${esc(b.bullet)}&#160;&#160;&#160;${content}`;
    }
  }
  return `<p style="${styles.join('; ')}">${content || '&#160;'}</p>`;
}

function run(r: Run): string {
  let s = esc(r.text);
  if (r.code) s = `<span style="font-family: 'Courier New', monospace">${s}</span>`;
  if (r.underline) s = `<u>${s}</u>`;
  if (r.italic) s = `<i>${s}</i>`;
  if (r.bold) s = `<b>${s}</b>`;
  if (r.redacted) s = `<span style="background-color: #ffff00">${s}</span>`;
  return s;
}

/** Escapes markup and writes every non-ASCII character as a numeric reference (EDGAR accepts ASCII only). */
export function esc(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === '\t') out += '&#160;&#160;&#160;&#160;';
    else if (c < 32) out += ' ';
    else if (c > 126) out += `&#${c};`;
    else out += ch;
  }
  return out;
}
