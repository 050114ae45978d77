import { readable } from '../text/readable';
import type { Span } from '../model';
import { WANTS_NUMBER } from '../dialect/reader/features';

// Sentence boundaries. Every scan is linear and every look-around bounded: a sentence is cut at MAX_REACH characters,
// so a 10 MB paragraph without a full stop costs the same per sentence as an ordinary one.

/** The longest sentence read as one; a longer run of text is cut there. */
export const MAX_REACH = 1500;

// Tokens that end with a full stop without ending a sentence ("Inc.", "No. 1", "Mr. Brown").
const ABBREVIATIONS = new Set([
  'no', 'nos', 'inc', 'corp', 'co', 'ltd', 'llc', 'llp', 'lp', 'plc', 'mr', 'mrs', 'ms', 'mses', 'dr', 'jr', 'sr', 'st',
  'vs', 'v', 'approx', 'fig', 'sec', 'secs', 'art', 'para', 'paras', 'par', 'rev', 'reg', 'regs', 'ex', 'exh', 'cf',
  'al', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'esq', 'messrs',
  'pp', 'p', 'vol', 'ch', 'ave', 'n', 'e', 'seq',
]);
// "Note 13. Income Taxes", "Item 5. Operating ...": a number after these words is a heading number, not an ending.
const NUMBER_LEADS = new Set(['note', 'item', 'no', 'section', 'rule', 'part', 'question', 'comment', 'response', 'page']);

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || c === 0x2009 || c === 0x202f;
}
function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}
function isClosing(c: number): boolean {
  // " ' ) ] ” ’ * _ (markdown emphasis may close after the full stop)
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 42 || c === 95;
}
function isUpperOrOpener(c: number): boolean {
  if (c >= 65 && c <= 90) return true; // A-Z
  if (c >= 48 && c <= 57) return true; // digits
  // " ' ( [ “ ‘ * _ • < (an HTML comment) and any non-ASCII letter that has an upper case
  if (c === 34 || c === 39 || c === 40 || c === 91 || c === 0x201c || c === 0x2018 || c === 42 || c === 95 || c === 0x2022 || c === 60) return true;
  if (c > 127) {
    const ch = String.fromCharCode(c);
    return ch !== ch.toLowerCase();
  }
  return false;
}

/** The line at `k` (its first non-space character) opens with a number and a period or parenthesis: "3. ", "12) ". */
function numberedAt(text: string, k: number, to: number): boolean {
  let e = k;
  while (e < to && e - k < 3 && text.charCodeAt(e) >= 48 && text.charCodeAt(e) <= 57) e++;
  return e > k && (text.charCodeAt(e) === 46 || text.charCodeAt(e) === 41);
}

/** True when the line starting at `i` opens a block of its own (quote, heading, list item, table row, fence). */
function startsBlock(text: string, i: number, to: number): boolean {
  let j = i;
  while (j < to && isSpace(text.charCodeAt(j))) j++;
  if (j >= to) return false;
  const c = text.charCodeAt(j);
  if (c === 62 || c === 35 || c === 124 || c === 0x2022 || c === 0x00b7 || c === 96) return true; // > # | • · `
  if ((c === 45 || c === 42 || c === 43) && j + 1 < to && isSpace(text.charCodeAt(j + 1))) return true; // - * +
  if ((c === 45 || c === 42 || c === 95 || c === 61) && text.charCodeAt(j + 1) === c && text.charCodeAt(j + 2) === c) return true; // --- *** ___ === rules
  let k = j;
  while (k < to && k - j < 3 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
  if (k > j && k < to) {
    const d = text.charCodeAt(k);
    if ((d === 46 || d === 41) && (k + 1 >= to || isSpace(text.charCodeAt(k + 1)) || isLineBreak(text.charCodeAt(k + 1)))) return true;
  }
  return false;
}

/**
 * If a sentence ends with the character at `i`, returns the offset just after the sentence's last character
 * (after closing quotes); otherwise -1. Line breaks end a sentence only before a blank line or a new block.
 */
export function sentenceEndAt(text: string, i: number, from: number, to: number): number {
  const c = text.charCodeAt(i);
  if (isLineBreak(c)) {
    let j = i + 1;
    if (c === 13 && text.charCodeAt(j) === 10) j++;
    let k = j;
    while (k < to && isSpace(text.charCodeAt(k))) k++;
    if (k >= to || isLineBreak(text.charCodeAt(k))) return i; // blank line: paragraph break
    // A numbered line right after a word that wants its number ("in \u201cItem" / "1. Business \u2013 ...") goes on with
    // the sentence: a wrapped line, not a list item.
    if (startsBlock(text, j, to) && !(numberedAt(text, k, to) && WANTS_NUMBER.test(text.slice(Math.max(from, i - 24), i).trimEnd()))) return i;
    return -1;
  }
  if (c === 58) {
    // "as follows:" at the end of a line introduces a block: the lead-in is a sentence of its own.
    let j = i + 1;
    while (j < to && isSpace(text.charCodeAt(j))) j++;
    return j >= to || isLineBreak(text.charCodeAt(j)) ? i + 1 : -1;
  }
  if (c === 62 && i >= from + 2 && text.charCodeAt(i - 1) === 45 && text.charCodeAt(i - 2) === 45) {
    // The end of an HTML comment ("<!-- corresp-disable-next-line -->") closes whatever precedes it.
    return i + 1 >= to || isSpace(text.charCodeAt(i + 1)) || isLineBreak(text.charCodeAt(i + 1)) ? i + 1 : -1;
  }
  if (c !== 46 && c !== 63 && c !== 33) return -1;
  let end = i + 1;
  while (end < to && isClosing(text.charCodeAt(end))) end++;
  if (end >= to) return end;
  const after = text.charCodeAt(end);
  if (!isSpace(after) && !isLineBreak(after)) return -1;
  if (c !== 46) return end;
  let k = end;
  while (k < to && (isSpace(text.charCodeAt(k)) || isLineBreak(text.charCodeAt(k)))) k++;
  if (k < to && !isUpperOrOpener(text.charCodeAt(k))) return -1;
  // The token before the full stop.
  let t = i;
  while (t > from && i - t < 16) {
    const p = text.charCodeAt(t - 1);
    const alnum = (p >= 48 && p <= 57) || (p >= 65 && p <= 90) || (p >= 97 && p <= 122) || p === 46;
    if (!alnum) break;
    t--;
  }
  const token = text.slice(t, i);
  if (token.length === 0) return end;
  if (token.includes('.')) return -1; // U.S. / e.g. / N.E. / 5.D.
  // A lone capital is an initial ("Z. Julie Gao") unless it ends a form name or a reference ("Form 20-F.", "SAB Topic 1:N.").
  if (token.length === 1 && token >= 'A' && token <= 'Z') return t > from && /[-:/]/.test(text[t - 1]) ? end : -1;
  const lower = token.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return -1;
  if (/^\d{1,3}[A-Za-z]?$/.test(token)) {
    // "1." opening a line is a list marker; "Note 13." is a heading number.
    let b = t - 1;
    while (b >= from && isSpace(text.charCodeAt(b))) b--;
    if (b < from || isLineBreak(text.charCodeAt(b))) return -1;
    let w = b;
    while (w >= from && w > b - 12) {
      const p = text.charCodeAt(w);
      if (!((p >= 65 && p <= 90) || (p >= 97 && p <= 122))) break;
      w--;
    }
    if (NUMBER_LEADS.has(text.slice(w + 1, b + 1).toLowerCase())) return -1;
  }
  return end;
}

export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** All sentences of [from, to), in order. Linear. Used by tests and by analyses that need every sentence. */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const end = sentenceEndAt(text, i, from, to);
    if (end >= 0) {
      const s = trimSpan(text, start, end);
      if (s.end > s.start) out.push(s);
      start = end;
      if (end > i + 1) i = end - 1;
    }
  }
  const last = trimSpan(text, start, to);
  if (last.end > last.start) out.push(last);
  return out;
}

// Sentences of a paragraph run, healed across page breaks ------------------------------------------------------------

/** One sentence as the scanner read it. */
export interface ScannedSentence {
  /** Offsets into the text: from the sentence's first character to its last, page furniture inside included. */
  span: Span;
  /** The sentence's words, with the page furniture it was healed across (page numbers, running headers) left out. */
  text: string;
  /** Quotation marks still open when the sentence starts: a quoted passage begun in an earlier sentence. */
  quoteDepth: number;
  /** The sentence follows a lead-in ending with a colon ("as follows:"), so it may be the announced text. */
  afterLeadIn: boolean;
  /** The sentence was joined across a paragraph break (a page break). */
  healed: boolean;
}

/** The characters `sentenceEndAt` can end a sentence at: . ? ! : line breaks, and the > of an HTML comment. */
const ENDING_CHARS = /[.?!:\n\r>]/g;

/** How far the healer looks past a paragraph break for the sentence's continuation. */
const HEAL_REACH = 600;
const HEAL_LINES = 10;
/** A line of page furniture: "12", "- 12 -", "Page 12", "Page 2 of 5", "A-3". */
const PAGE_NUMBER_LINE = /^\s*(?:-\s*)?(?:page\s+)?(?:[A-Z]-)?\d{1,3}(?:\s+of\s+\d{1,3})?(?:\s*-)?\s*$/i;
/** Words a sentence cannot end on: when a paragraph ends on one, the sentence goes on after the page break. */
const OPEN_ENDING = /(?:\b(?:the|a|an|our|its|their|of|to|in|on|for|with|by|and|or|that|which|will|would|shall|be|is|are|has|have|from|as|at|this|these|such|any|each|we|it|Company|Company's|not|also|further|Form|Item|Note|Rule|Section|Topic|ASC|Regulation|Report)|[,(\u2014\u2013-])\s*$/i;

/** A sentence announcing text to follow: "... as follows:", "the following disclosure:", "... to read:". */
const LEAD_IN = /\b(?:follows?|following|below|read|reads|underlined|marked|italics|bold|language|disclosure|text|factors?|states?|provides?)\b[^:]{0,80}:\s*$/i;
/** A paragraph ending on a sentence that announces text even without a colon: "... as follows (new text underlined)."
 * "The following years are …" is time (the next years), not announced text. */
const ANNOUNCES = /\b(?:as follows|the following(?! (?:years?|periods?|quarters?|months?|weeks?|days?|fiscal|business day)\b)|set forth below|presented below|shown below|provided below|is below)\b[^.:]{0,120}[.:]\s*["'\u201d)]*\s*$/i;
/** Words of the company talking to the staff again, which end announced text: a promise of its own ("we will also
 * revise", "we will continue to disclose") is the company speaking, not the announced text. */
const LEAD_IN_ENDS = /\b(?:Staff|respectfully|supplementally|in response|this comment|the comment|future fil\w*|going forward|we (?:will|intend|propose|plan) (?:to )?(?:(?:also|further|continue to|[a-z]{2,14}ly) (?:to )?){0,2}(?:revise|include|expand|disclose|provide|add|update|present|enhance|clarify))\b/i;

/**
 * Calls `visit` for each sentence of text[from, to), in order. Linear: every position is read a bounded number of
 * times. Differs from `splitSentences` in three ways: a sentence broken by a page break (a paragraph that stops
 * mid-sentence, page numbers or a running header, then the rest of the sentence) is healed into one; quotation state
 * is carried across the sentences of a paragraph; and text after a lead-in ending with a colon is marked as such.
 * A sentence longer than MAX_REACH characters is cut there.
 */
export function scanSentences(text: string, from: number, to: number, visit: (s: ScannedSentence) => void): void {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  let start = lo;
  let skips: Array<[number, number]> = [];
  let quoteDepth = 0;
  let afterLeadIn = false;
  let lastWords = '';

  const emit = (end: number, paragraphEnds: boolean): void => {
    const span = trimSpan(text, start, Math.max(start, end));
    if (span.end > span.start) {
      // Read as a person reads it (text/readable.ts): what announces text or ends a quotation is found in it too.
      const words = readable(sentenceWords(text, span, skips));
      // The company talking to the staff again, or announcing more text itself, ends the announced text.
      if (afterLeadIn && (LEAD_IN_ENDS.test(words) || LEAD_IN.test(words))) afterLeadIn = false;
      visit({ span, text: words, quoteDepth, afterLeadIn, healed: skips.length > 0 });
      quoteDepth = paragraphEnds ? 0 : quotesAfter(words, quoteDepth);
      if (LEAD_IN.test(words) || (paragraphEnds && ANNOUNCES.test(words))) afterLeadIn = true;
      lastWords = words;
    } else if (paragraphEnds) {
      quoteDepth = 0;
      // The paragraph's last sentence announced text ("... as follows (new text underlined).").
      if (ANNOUNCES.test(lastWords)) afterLeadIn = true;
      lastWords = '';
    }
    skips = [];
  };

  let i = lo;
  while (i < hi) {
    if (i - start >= MAX_REACH) {
      emit(i, false);
      start = i;
      continue;
    }
    const end = sentenceEndAt(text, i, lo, hi);
    if (end < 0) {
      // Jump to the next character that can end a sentence (never past the reach of the current one).
      ENDING_CHARS.lastIndex = i + 1;
      const next = ENDING_CHARS.exec(text);
      i = Math.min(next ? next.index : hi, hi, start + MAX_REACH);
      continue;
    }
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) {
      const resume = healAt(text, start, i, hi);
      if (resume > i) {
        skips.push([i, resume]);
        i = resume;
        continue;
      }
      emit(end, isParagraphBreak(text, i, hi));
    } else {
      emit(end, false);
    }
    start = end;
    i = Math.max(i + 1, end);
  }
  if (start < hi) emit(hi, true);
}

function isParagraphBreak(text: string, i: number, to: number): boolean {
  let j = i + 1;
  if (text.charCodeAt(i) === 13 && text.charCodeAt(j) === 10) j++;
  while (j < to && isSpace(text.charCodeAt(j))) j++;
  return j >= to || isLineBreak(text.charCodeAt(j));
}

/**
 * At a paragraph break inside text[start, brk): when the sentence so far stops mid-sentence and the next content line,
 * after at most a few lines of page furniture, continues it, returns that line's offset; otherwise -1.
 */
function healAt(text: string, start: number, brk: number, to: number): number {
  // The sentence so far: it must hold words and stop without a sentence ending.
  let e = brk;
  while (e > start && /\s/.test(text[e - 1])) e--;
  if (e - start < 20) return -1;
  const last = text.charCodeAt(e - 1);
  if (last === 46 || last === 63 || last === 33 || last === 58 || last === 59 || isClosing(last) || last === 0x201d) return -1;
  const tail = text.slice(Math.max(start, e - 40), e);
  if (!/[a-z]/.test(tail)) return -1; // a heading in capitals
  const openEnding = OPEN_ENDING.test(tail);
  let sawPageNumber = false;
  let j = brk;
  for (let lines = 0; lines < HEAL_LINES && j < to && j - brk < HEAL_REACH; lines++) {
    // Move to the start of the next line.
    while (j < to && !isLineBreak(text.charCodeAt(j))) j++;
    while (j < to && isLineBreak(text.charCodeAt(j))) j++;
    let k = j;
    while (k < to && isSpace(text.charCodeAt(k))) k++;
    if (k >= to) return -1;
    let lineEnd = k;
    while (lineEnd < to && !isLineBreak(text.charCodeAt(lineEnd)) && lineEnd - k <= 120) lineEnd++;
    const line = text.slice(k, lineEnd);
    const first = text.charCodeAt(k);
    if (first >= 97 && first <= 122 && !startsBlock(text, k, to)) return k; // continues in lower case
    if (PAGE_NUMBER_LINE.test(line)) {
      sawPageNumber = true;
      continue;
    }
    // Furniture: a short line without a sentence ending (a running header: "Securities and Exchange Commission",
    // "May 16, 2019", the company's name, "Confidential treatment requested by ...").
    // A line that runs on into the next one (the next line, right below it, goes on in lower case) is a wrapped line
    // of a paragraph, however short: "We plan to add a new table below the rollforward of reserve for" / "property
    // and casualty ...", as a letter converted from a PDF has every paragraph.
    const furniture =
      line.length <= 90 && !/[.?!:;]["'\u201d)]*\s*$/.test(line) && !startsBlock(text, k, to) && !/^(?:response|comment)\b/i.test(line) && !(line.trim() && runsOn(text, lineEnd, to));
    if (furniture && j > brk) {
      // An open ending continued by an upper-case word after a page number: "in the Company's / 12 / Annual Report".
      if (openEnding && sawPageNumber && isUpperOrOpener(first) && looksLikeContinuation(text, k, to)) return k;
      continue;
    }
    if (openEnding && sawPageNumber && looksLikeContinuation(text, k, to)) return k;
    return -1;
  }
  return -1;
}

/** The line ending at `lineEnd` goes on in the next line: that line follows at once (no blank line) in lower case. */
function runsOn(text: string, lineEnd: number, to: number): boolean {
  let j = lineEnd;
  if (text.charCodeAt(j) === 13) j++;
  if (text.charCodeAt(j) === 10) j++;
  else if (j === lineEnd) return false; // no line break here: a line cut short by the reach
  while (j < to && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  const c = text.charCodeAt(j);
  return j < to && c >= 97 && c <= 122 && !startsBlock(text, j, to);
}

/** A line that reads as the rest of a sentence rather than a heading: it runs on (long, or ends a sentence). */
function looksLikeContinuation(text: string, k: number, to: number): boolean {
  let e = k;
  while (e < to && !isLineBreak(text.charCodeAt(e)) && e - k < 200) e++;
  const line = text.slice(k, e).trim();
  return line.length > 90 || /[.?!;:]["'\u201d)]*$/.test(line);
}

/** The sentence's words: the span without the healed-over furniture and without bare page-number lines. */
function sentenceWords(text: string, span: Span, skips: Array<[number, number]>): string {
  let out = '';
  let at = span.start;
  for (const [a, b] of skips) {
    if (b <= at || a >= span.end) continue;
    out += `${text.slice(at, Math.max(at, a))} `;
    at = Math.max(at, b);
  }
  out += text.slice(at, span.end);
  if (!out.includes('\n')) return out;
  return out
    .split(/\r?\n|\r/)
    .filter((line) => !PAGE_NUMBER_LINE.test(line))
    .join('\n');
}

/** Quotation marks left open after `words`, starting from `depth`. */
function quotesAfter(words: string, depth: number): number {
  let d = depth;
  for (let i = 0; i < words.length; i++) {
    const c = words.charCodeAt(i);
    if (c === 0x201c) d++;
    else if (c === 0x201d) d = Math.max(0, d - 1);
  }
  return Math.min(d, 3);
}
