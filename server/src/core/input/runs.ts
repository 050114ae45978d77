// Styled text runs → one line of letter text with markdown emphasis. Shared by the HTML, PDF and Word readers so
// the three write emphasis alike: bold `**…**`, italic `*…*`, bold italic `***…***`, underline alone `__…__`
// (markdown has no underline; `__` is its other strong marker, which the reader already treats as emphasis).
// Every line opens and closes its own markers, so the reader can judge each line on its own.

export interface Marks {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface Run extends Marks {
  text: string;
}

function marker(m: Marks): string {
  const strong = m.bold ? '**' : m.underline && !m.italic ? '__' : '';
  return strong + (m.italic ? '*' : '');
}

/** Markdown-significant characters that would be read as emphasis: `*` and `_` at word edges. */
function escape(text: string): string {
  return text.replace(/\*/g, '\\*').replace(/(^|\W)_|_(?=\W|$)/g, (m) => m.replace('_', '\\_'));
}

/**
 * Renders runs as one line. Whitespace never sits just inside a marker (CommonMark would not read it as emphasis),
 * whitespace between two runs of the same marks joins them, and runs without a letter or digit get no marker.
 * Literal `*` and `_` are left as they are unless `escapeText` is set: letters use them as text ("* * *", footnote
 * stars), and the tolerant reader reads them as the plain-text converters always gave them.
 */
export function renderRuns(runs: Run[], escapeText = false): string {
  const merged: Run[] = [];
  for (const r of runs) {
    if (!r.text) continue;
    const text = escapeText ? escape(r.text) : r.text;
    const prev = merged[merged.length - 1];
    const m = /^\s+$/.test(r.text) ? (prev ?? {}) : r;
    if (prev && marker(prev) === marker(m)) prev.text += text;
    else merged.push({ text, bold: m.bold, italic: m.italic, underline: m.underline });
  }
  let out = '';
  for (const r of merged) {
    const mk = marker(r);
    if (!mk || !/[^\s\p{P}]/u.test(r.text)) {
      out += r.text;
      continue;
    }
    // A bullet or a list number stays outside the markers ("• **text**"), where the reader looks for it.
    const lead = /^\s*(?:[\u2022\u25AA\u25CF\u00B7\uF0B7\u2013-]\s*)?/.exec(r.text)![0];
    const trail = /\s*$/.exec(r.text)![0];
    const core = r.text.slice(lead.length, r.text.length - trail.length);
    out += `${lead}${mk}${core}${[...mk].reverse().join('')}${trail}`;
  }
  return out;
}
