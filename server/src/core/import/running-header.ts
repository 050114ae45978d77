// The running header of a staff letter's later pages, found from the letter's own first page.
//
// From page 2 on, a staff letter repeats its addressee, the company, the date and "Page N" at the top of each page.
// Letters made from EDGAR's template carry the template's field names too ("FirstName LastName", "Comapany Name"),
// and a PDF's text often breaks that header into fragments on lines of their own ("LastNameMichael", "June",
// "11, 2024", "2 2024 Page 2"), between two lines of a comment. Which words such a header holds is known from the
// letter itself: they are the words of its address block. (Text taken from the PDF by pdf.js can hold the header
// twice, run together: "April 13, 2023 Page 2Page 2".) A line made only of those words, dates, page numbers and
// the template's field names, next to a line that is surely header ("Page 2", a field name), is header too.

import { furnitureLine } from '../dialect/line-kinds';

/** The template's field names as a PDF gives them, alone or run into the next word ("NameHilton"). */
const TEMPLATE_FIELD = /FirstName|LastName|Comapany|Name(?=[A-Z0-9]|\s|$)/g;
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** How far a header reaches from its sure line, in lines with text. */
const REACH = 14;

/** The words of the head before the Re: block (the date, the addressee, the company's name and address). */
function headWords(lines: string[]): Set<string> {
  const words = new Set<string>();
  const end = lines.slice(0, 60).findIndex((l) => /^(?:\*\*)?R[Ee]\s*:|^(?:Dear\b|Ladies and Gentlemen|Gentlemen|To whom)/i.test(l.trim()));
  // No Re: block and no salutation: no address block to learn from (the words of a letter's body are no header's).
  if (end < 0) return words;
  for (const line of lines.slice(0, end)) {
    const t = line.trim();
    if (/logo$/i.test(t)) continue;
    for (const w of tokens(t)) words.add(w);
  }
  return words;
}

/** Words, with words a PDF ran together taken apart ("LovinsAvery", "Esq.International", "2Page"). */
function tokens(t: string): string[] {
  return t
    .replace(/([a-z0-9.])(?=[A-Z])|(\d)(?=[A-Za-z])/g, '$1$2 ')
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[("\u201C]+|[.;:)"\u201D]+$/g, '').toLowerCase())
    .filter(Boolean);
}

/** A line with a template field name, or the "Page N" that ends a running header: header for sure. */
function sureHeader(t: string): boolean {
  return /FirstName|LastName|Comapany/.test(t) || /^Page$/.test(t) || furnitureLine(t) === 'page' || /\dPage\s+\d{1,3}$/.test(t);
}

/** Made only of the head's words, dates, page numbers and field names? */
function headerWordsOnly(t: string, words: Set<string>): boolean {
  // A line that ends a sentence ("filed on" / "May 7, 2020.") is the staff's text; a name may end "Inc." or "Esq.".
  if (/[.;:?!]$/.test(t.replace(/(?:Inc|Corp|Co|Ltd|N\.A|L\.P|LLC|Jr|Sr|Esq|plc)\.$/i, ''))) return false;
  return tokens(t.replace(TEMPLATE_FIELD, ' ')).every((w) => words.has(w) || MONTH.test(w) || /^\d{1,4}$/.test(w) || w === 'page' || w === 'of');
}

/**
 * Marks the lines of running headers: each sure header line, and the lines around it (blank lines between them
 * allowed) made only of header words, up to the first line that is not.
 */
export function runningHeaderLines(lines: string[]): boolean[] {
  const out = lines.map(() => false);
  const words = headWords(lines);
  if (!words.size) return out;
  const start = lines.findIndex((l) => /^(?:Dear\b|Ladies and Gentlemen|Gentlemen|To whom)/i.test(l.trim()));
  for (let i = Math.max(0, start + 1); i < lines.length; i++) {
    const t = lines[i].trim();
    if (!t || !sureHeader(t) || !headerWordsOnly(t, words)) continue;
    out[i] = true;
    for (const step of [-1, 1]) {
      let seen = 0;
      for (let j = i + step; j > start && j < lines.length && seen < REACH; j += step) {
        const s = lines[j].trim();
        if (!s) continue;
        if (!headerWordsOnly(s, words)) break;
        out[j] = true;
        seen++;
      }
    }
  }
  return out;
}
