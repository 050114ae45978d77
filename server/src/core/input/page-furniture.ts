// Page furniture as both paginated readers meet it: page numbers ("7", "- 7 -", "Page 7 of 12") and running headers
// or footers. The PDF layout finds them by position and repetition (pdf/layout.ts); EDGAR HTML marks its pages
// with CSS page breaks only, around which html.ts looks for a page number and the header above it.

import { commentStart, responseLabel } from '../dialect/line-kinds';

export const PAGE_NUMBER = /^(?:[-\u2013\u2014]\s*)?(?:page\s+)?(?:[A-Z]-)?\d{1,3}(?:\s+of\s+\d{1,3})?(?:\s*[-\u2013\u2014])?$/i;
/** A "Page N" line, alone or closing a header line ("Example Corp | Page 2"). */
export const PAGE_LABEL = /^(?:.{0,80}[|\u2013\u2014]\s*)?page\s+\d{1,3}(?:\s+of\s+\d{1,3})?$/i;

/**
 * Could this line be a running header or footer? Short, and with words: a comment's number alone ("3.") may well
 * stand at the top of two pages, and must never be taken for furniture by repetition; nor may a response label or a
 * comment heading ("RESPONSE:", "Comment No. 4"), which a letter that starts a response at the top of two pages
 * repeats there.
 */
export function isRunningText(line: string): boolean {
  if (line.length > 120 || (line.match(/\p{L}/gu)?.length ?? 0) < 3) return false;
  const read = bare(line).replace(/\*\*|__/g, '').trim();
  return !responseLabel(read) && !commentStart(read);
}

/** Emphasis markers around a line, removed for the page tests. */
export function bare(line: string): string {
  return line.replace(/^[*_]+|[*_]+$/g, '').trim();
}

/**
 * Lines of paginated text to drop as furniture, around page breaks that carry no position: a page number or "Page
 * N" line among the first `headLines` non-blank lines after a break, with the lines above it (the running header: "Ford
 * Motor Company / October 14, 2022 / Page 2 of 7"), and one of the last two lines before a break, with the
 * lines below it. Text that merely recurs near breaks is kept: a letter that starts each comment on a new page
 * repeats its "Response" label there too.
 */
export function furnitureAroundBreaks(lines: string[], breaks: number[], headLines = 4, footLines = 3): Set<number> {
  const out = new Set<number>();
  // A band never reaches past the neighbouring break (a short page's footer is not the next page's header).
  const near = (from: number, step: 1 | -1, count: number, stop: number): number[] => {
    const got: number[] = [];
    for (let i = from; i >= 0 && i < lines.length && got.length < count && (step > 0 ? i < stop : i >= stop); i += step) if (lines[i].trim()) got.push(i);
    return got;
  };
  const isPage = (i: number) => PAGE_NUMBER.test(bare(lines[i])) || PAGE_LABEL.test(bare(lines[i]));
  let headEnd = 0; // the line after the last header removed: a footer band starts below it
  for (let j = 0; j < breaks.length; j++) {
    const b = breaks[j];
    const foot = near(b - 1, -1, footLines, Math.max(breaks[j - 1] ?? 0, headEnd));
    const head = near(b, 1, headLines, breaks[j + 1] ?? lines.length);
    // A footer's page number is the page's last line or the one before it; a header's within its first lines.
    for (const [band, within] of [[foot, 2], [head, headLines]] as const) {
      const at = band.findIndex(isPage);
      if (at < 0 || at >= within) continue;
      for (let k = 0; k <= at; k++) if (k === at || isRunningText(lines[band[k]]) || isPage(band[k])) out.add(band[k]);
      if (band === head) headEnd = band[at] + 1;
    }
  }
  return out;
}
