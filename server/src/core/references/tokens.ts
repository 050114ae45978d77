// Lexical pieces shared by the citation grammars. Every grammar runs anchored (sticky) regexes at a trigger word
// found by one cheap pre-scan, so the pieces here must never nest unbounded quantifiers over the same characters.

/**
 * One run of spacing inside a cite: spaces, tabs, no-break spaces and at most one line break (with any blockquote
 * markers that start the next line). Two line breaks end a paragraph, and a cite never crosses a paragraph.
 */
export const SP = String.raw`(?:[ \t\u00a0]+(?:\r?\n[ \t>]*)?|\r?\n[ \t>]*)`;
export const SP0 = `${SP}?`;
/** A straight or curly apostrophe. */
export const APOS = `['\u2019]`;
/** Sub-paragraph designations: "(b)(2)(ii)", "(A)", "(10)". */
export const PATH = String.raw`(?:\([A-Za-z0-9]{1,5}\))*`;
/** Between elements of a list: ", ", " and ", ", and ", " or ", " through ", " to ", " & ". */
export const LIST_SEP = `(?:${SP0},${SP0}(?:(?:and|or)${SP})?|${SP}(?:and|or|through|to|&)${SP})`;
/** Hyphen-like characters people type between number groups (hyphen, en dash, non-breaking hyphen, minus). */
export const DASHES = '-\u2013\u2011\u2212';

export function sticky(source: string, flags = ''): RegExp {
  return new RegExp(source, `y${flags}`);
}

/** Runs a sticky regex at exactly `pos`. */
export function matchAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** "(b)(2)(ii)" → ["b", "2", "ii"]. */
export function splitPath(path: string | undefined): string[] {
  if (!path) return [];
  const out: string[] = [];
  const re = /\(([A-Za-z0-9]{1,5})\)/g;
  for (let m = re.exec(path); m; m = re.exec(path)) out.push(m[1]);
  return out;
}

export function joinPath(parts: readonly string[] | undefined): string {
  return parts && parts.length ? parts.map((p) => `(${p})`).join('') : '';
}

/** True when the separator text reads as a range ("through", "to", a dash) rather than a list. */
export function isRangeSeparator(sep: string): boolean {
  return /through|\bto\b|[\u2013\u2014-]/.test(sep);
}

/** Offset of the start of the line holding `pos`. */
export function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** True when only markdown furniture (#, >, *, _, |, list markers, spaces) stands between the line start and pos. */
export function atLineStart(text: string, pos: number): boolean {
  const start = lineStart(text, pos);
  return /^[\s#>*_|]*(?:[-+]\s+)?[*_]*$/.test(text.slice(start, pos));
}

/** The text after the previous sentence end, at most `max` characters back from pos (for regime context). */
export function sentenceBefore(text: string, pos: number, max = 300): string {
  const from = Math.max(0, pos - max);
  const window = text.slice(from, pos);
  let cut = -1;
  const re = /[.;!?](?:\s|$)(?=\s*[A-Z("\u201c])|\n\s*\n/g;
  for (let m = re.exec(window); m; m = re.exec(window)) cut = m.index + m[0].length;
  return cut >= 0 ? window.slice(cut) : window;
}
