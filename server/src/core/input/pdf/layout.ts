// PDF text items → line-preserving letter text. Pure: the pdf.js adapter (extract.ts) gives each page's text items
// with their positions and fonts; this module rebuilds what a reader of the page sees.
//
// - Reading order comes from coordinates, not from the content stream: items are grouped into lines by baseline and
//   lines sorted top to bottom, so a comment number drawn before the previous comment's last bullets lands after them.
// - Running headers and footers are found by position and repetition: lines in the top or bottom band of a page
//   whose text (digits ignored) recurs on other pages, a "Page N" block at the top of a continuation page, and bare
//   page numbers. The first page's head is kept (the letter's date and addressee are there).
// - Paragraphs are separated by a blank line where the gap between lines is clearly larger than the page's usual
//   line spacing.
// - A word hyphenated at a line end is joined: without the hyphen when the document spells the word whole elsewhere
//   or the hyphen is a soft one, with it otherwise ("forward-" + "looking" stays "forward-looking").
// - Bold and italic (from the font names) become markdown emphasis, opened and closed on each line.

import { renderRuns, type Run } from '../runs';
import { isRunningText, PAGE_LABEL, PAGE_NUMBER } from '../page-furniture';
import type { SourceMap } from '../source-map';

export interface PdfItem {
  str: string;
  /** Left edge and baseline, in PDF units from the page's bottom-left corner. */
  x: number;
  y: number;
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
  bold?: boolean;
  italic?: boolean;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

export interface LayoutOptions {
  /** Carry bold and italic into the text as markdown emphasis (default true). */
  emphasis?: boolean;
}

export interface LayoutResult {
  text: string;
  map: SourceMap;
  /** Lines removed as running headers, footers or page numbers (for reports and tests). */
  furniture: string[];
}

interface Line {
  page: number;
  /** Baseline distance from the top of the page. */
  top: number;
  x0: number;
  size: number;
  runs: Run[];
  plain: string;
}

const BOLD_FONT = /bold|black|heavy|semibold|demibold|demi\b|[,-]b$|[,-]bd$|\bbd\b/i;
const ITALIC_FONT = /italic|oblique|[,-]i$|[,-]it$|\bit\b/i;

/** Bold and italic as the font's name tells them ("ABCDEF+TimesNewRomanPS-BoldItalicMT"). */
export function fontStyle(name: string | undefined): { bold: boolean; italic: boolean } {
  const n = (name ?? '').replace(/^[A-Z]{6}\+/, '');
  return { bold: BOLD_FONT.test(n), italic: ITALIC_FONT.test(n) };
}


export function layoutPages(pages: PdfPage[], opts: LayoutOptions = {}): LayoutResult {
  const emphasis = opts.emphasis !== false;
  const perPage = pages.map((p, i) => pageLines(p, i + 1, emphasis));
  const furniture = markFurniture(perPage, pages);
  const removed: string[] = [];
  const lines: Line[] = [];
  const breaks = new Set<Line>();
  perPage.forEach((pl, k) => {
    const kept = pl.filter((l) => {
      if (furniture.has(l)) {
        removed.push(l.plain);
        return false;
      }
      return true;
    });
    for (const l of paragraphBreaks(kept)) breaks.add(l);
    if (k > 0 && kept.length && lines.length && /[.:?!)\]"\u201D]\**$/.test(lines[lines.length - 1].plain)) breaks.add(kept[0]);
    lines.push(...kept);
  });
  const texts = lines.map((l) => renderRuns(l.runs).replace(/\s+/g, ' ').trim());
  joinHyphens(texts, lines, breaks);
  const out: string[] = [];
  const map: SourceMap = [];
  lines.forEach((l, i) => {
    if (!texts[i]) return;
    if (breaks.has(l) && out.length && out[out.length - 1] !== '') {
      out.push('');
      map.push(undefined);
    }
    out.push(texts[i]);
    map.push({ page: l.page });
  });
  return { text: out.length ? out.join('\n') + '\n' : '', map, furniture: removed };
}

function pageLines(page: PdfPage, pageNo: number, emphasis: boolean): Line[] {
  const items = page.items
    .filter((it) => it.str && it.str.trim() && Number.isFinite(it.x) && Number.isFinite(it.y) && it.size > 0)
    .map((it) => ({ ...it, top: page.height - it.y }))
    .sort((a, b) => a.top - b.top || a.x - b.x);
  // Group by baseline: an item within half its height of the line's first baseline belongs to that line (this
  // keeps raised footnote marks on their line).
  const groups: (typeof items)[] = [];
  for (const it of items) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(it.top - g[0].top) <= 0.5 * Math.max(Math.min(it.size, g[0].size), 1)) g.push(it);
    else groups.push([it]);
  }
  return groups.map((g) => {
    g.sort((a, b) => a.x - b.x);
    const size = Math.max(...g.map((it) => it.size));
    const runs: Run[] = [];
    let prev: (typeof g)[number] | undefined;
    for (const it of g) {
      if (prev) {
        // The same text drawn twice at almost the same place is overprinting ("fake bold"), not two words.
        if (it.str === prev.str && Math.abs(it.x - prev.x) < Math.max(1, 0.1 * it.size)) continue;
        const gap = it.x - (prev.x + prev.width);
        if (gap > 0.15 * Math.min(it.size, prev.size) && !/\s$/.test(prev.str) && !/^\s/.test(it.str)) runs.push({ text: ' ' });
      }
      runs.push(emphasis ? { text: it.str, bold: it.bold, italic: it.italic } : { text: it.str });
      prev = it;
    }
    const top = g[0].top;
    return { page: pageNo, top, x0: g[0].x, size, runs, plain: runs.map((r) => r.text).join('').replace(/\s+/g, ' ').trim() };
  });
}

/** Text with digits ignored, at a position: running headers and footers repeat both from page to page. */
function key(l: Line): string {
  return `${l.plain.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()}@${Math.round(l.top / 4)}`;
}

/** Running headers, footers and page numbers, by position and by repetition across pages. */
function markFurniture(perPage: Line[][], pages: PdfPage[]): Set<Line> {
  const out = new Set<Line>();
  const bands = perPage.map((lines, k) => {
    const h = pages[k].height || 792;
    const head = lines.filter((l, i) => i < 6 && l.top < 0.16 * h);
    const foot = lines.filter((l, i) => i >= lines.length - 4 && l.top > 0.86 * h);
    return { head, foot };
  });
  const count = (sel: (b: (typeof bands)[number]) => Line[], from: number) => {
    const pagesOf = new Map<string, Set<number>>();
    bands.forEach((b, k) => {
      if (k < from) return;
      for (const l of sel(b)) {
        const s = pagesOf.get(key(l)) ?? new Set<number>();
        s.add(k);
        pagesOf.set(key(l), s);
      }
    });
    return pagesOf;
  };
  const repeated = (counts: Map<string, Set<number>>, l: Line) => isRunningText(l.plain) && (counts.get(key(l))?.size ?? 0) >= 2;
  const headCounts = count((b) => b.head, 1);
  const footCounts = count((b) => b.foot, 0);
  // A header on every page, the first too (what a browser prints above a page: "12/8/26, 4:02 AM  Document"): the
  // first line of every page, at the same place. (A letter's first page has its letterhead there; its date may sit
  // where later pages' running header has the same date, but below the letterhead.)
  const everyHead = count((b) => b.head.slice(0, 1), 0);
  const onEveryPage = (l: Line) => bands.length >= 2 && isRunningText(l.plain) && (everyHead.get(key(l))?.size ?? 0) === bands.length;
  bands.forEach((b, k) => {
    for (const l of b.foot) if (PAGE_NUMBER.test(l.plain) || repeated(footCounts, l)) out.add(l);
    for (const l of b.head.slice(0, 1)) if (onEveryPage(l)) out.add(l);
    if (k === 0) return;
    // A continuation page's header: the block down to its "Page N" line (a two-page letter has one such header,
    // so repetition cannot find it), and lines that recur at the same place on other pages.
    const label = b.head.findIndex((l) => PAGE_LABEL.test(l.plain));
    if (label >= 0 && label < 5) for (let i = 0; i <= label; i++) out.add(b.head[i]);
    for (const l of b.head) if (PAGE_NUMBER.test(l.plain) || repeated(headCounts, l)) out.add(l);
  });
  return out;
}

/** Lines that start a new paragraph: the gap above them is clearly larger than the page's usual line spacing. */
function paragraphBreaks(lines: Line[]): Line[] {
  if (lines.length < 2) return [];
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const g = lines[i].top - lines[i - 1].top;
    if (g > 0 && g < 3 * lines[i].size) gaps.push(g);
  }
  gaps.sort((a, b) => a - b);
  const usual = gaps.length ? gaps[Math.floor(gaps.length / 4)] : lines[0].size * 1.2;
  const out: Line[] = [];
  for (let i = 1; i < lines.length; i++) {
    const g = lines[i].top - lines[i - 1].top;
    if (g > usual * 1.4 + 0.5 || Math.abs(lines[i].size - lines[i - 1].size) > 1.5) out.push(lines[i]);
  }
  return out;
}

const TRAIL_HYPHEN = /([A-Za-z]+)(?:-|\u00AD)(\**)$/;
const LEAD_WORD = /^(\**)([a-z][a-z'\u2019]*)([,.;:)]*)/;

/** Joins words hyphenated across line ends, moving the second half up to the first. */
function joinHyphens(texts: string[], lines: Line[], breaks: Set<Line>): void {
  let words: Set<string> | undefined;
  for (let i = 0; i + 1 < texts.length; i++) {
    const a = TRAIL_HYPHEN.exec(texts[i]);
    if (!a || breaks.has(lines[i + 1])) continue;
    const b = LEAD_WORD.exec(texts[i + 1]);
    if (!b) continue;
    words ??= new Set(texts.join(' ').toLowerCase().match(/[a-z][a-z'\u2019-]*/g) ?? []);
    const soft = texts[i][a.index + a[1].length] === '\u00AD';
    const whole = (a[1] + b[2]).toLowerCase();
    const hyphenated = `${a[1]}-${b[2]}`.toLowerCase();
    const joined = soft || (words.has(whole) && !words.has(hyphenated)) ? a[1] + b[2] : `${a[1]}-${b[2]}`;
    texts[i] = texts[i].slice(0, a.index) + joined + b[3] + a[2];
    // The rest of the next line after the moved word (and the space after it).
    let rest = texts[i + 1].slice(b[0].length).replace(/^\s+/, '');
    if (b[1]) rest = /^\**$/.test(rest) ? '' : b[1] + rest;
    texts[i + 1] = rest;
  }
}
