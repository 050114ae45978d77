// Characters a reader does not see, or reads as others. Text pasted from a web page or a PDF viewer, or read from a
// Word file, can carry them inside words: soft hyphens (U+00AD, Word's optional hyphen), zero-width spaces and
// joiners, word joiners and stray byte-order marks, and the typographic ligatures some PDFs give for "fi", "fl",
// "ff", "ffi", "ffl", "st"; and no-break spaces, which read as spaces. A person reads "wi\u200Bll re\u00ADvise" as
// "will revise"; so does the reader. And C1 control characters (U+0080–U+009F), which stand for Windows-1252's
// curly quotes and dashes in text that went through a converter reading EDGAR's "&#147;" as a code point (a Word
// file made from a filed letter): "\u0093total\u0094" reads as "\u201Ctotal\u201D".

import { windows1252Char } from './decode';

const UNREADABLE = /[\u0080-\u009f\u00a0\u00ad\u200b-\u200d\u2060\ufeff\ufb00-\ufb06]/;
const UNREADABLE_ALL = new RegExp(UNREADABLE.source, 'g');

/** How one such character reads: nothing, a space, a ligature's letters or a Windows-1252 character. */
function asRead(c: string): string {
  if (c === '\u00a0') return ' ';
  if (c <= '\u009f') {
    const w = windows1252Char(c);
    return w <= '\u009f' ? '' : w; // the five bytes Windows-1252 leaves undefined read as nothing
  }
  return c >= '\ufb00' && c <= '\ufb06' ? c.normalize('NFKC') : '';
}

/** Whether the text holds any such character (most text holds none, and is then read as it is). */
export function hasUnreadable(text: string): boolean {
  return UNREADABLE.test(text);
}

/** The text as read: invisible characters dropped, ligatures spelled out, no-break spaces as spaces. The same string
 * when there is none. */
export function readable(text: string): string {
  return UNREADABLE.test(text) ? text.replace(UNREADABLE_ALL, asRead) : text;
}

/**
 * `readable(text)` with, for each of its characters, the offset in `text` of the character it comes from (a
 * ligature's letters all come from the ligature), and one more entry for its end: to find in the original what was
 * found in the readable text.
 */
export function readableWithOffsets(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const r = UNREADABLE.test(text[i]) ? asRead(text[i]) : text[i];
    out += r;
    for (let k = 0; k < r.length; k++) at.push(i);
  }
  at.push(text.length);
  return { text: out, at };
}
