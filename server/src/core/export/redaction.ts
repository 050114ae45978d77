// Rule 83 redaction markers and legends, shared by the export and the confidential-marking rule.
//
// In a letter a redaction is written `[***]{the confidential words}`: the marker as it will appear in the public
// (EDGAR) copy, then the words it replaces in braces. A bare `[***]` is a redaction whose words are not in the
// draft. The marker style is the number of asterisks (`[*]` … `[****]`); one letter uses one style.

import { mayHoldTracker } from '../incremental/may-hold';
import type { Span } from '../model';

export interface RedactionMarker {
  /** The marker as written, e.g. "[***]". */
  marker: string;
  stars: number;
  /** The confidential words in braces after it, when given. */
  hidden?: string;
  /** The whole `[***]{...}` in the text. */
  span: Span;
}

export interface LegendMention {
  text: string;
  span: Span;
}

export interface NamedMark {
  /** The marker a legend names: 'PLACEHOLDER IDENTIFIED BY THE MARK "[***]"'. */
  marker: string;
  span: Span;
}

const MARKER = /\[(\*{1,4})\](?:\{([^{}\n]*)\})?/g;
const LEGEND =
  /FOIA Confidential Treatment Request|Confidential Treatment (?:has been |is )?Requested|OMITTED AND FILED SEPARATELY|17\s*C\.?F\.?R\.?\s*(?:\u00a7\s*)?200\.83|\bRule 83\b/gi;

/**
 * Whether the text may hold a legend: every match of LEGEND holds one of these words (under the same `i` flag). Most
 * letters have none, and then the case-insensitive scan of the whole letter, the costliest part of the
 * confidential-marking rule on a keystroke in a long letter, is skipped; after a keystroke only the edit is read.
 */
const LEGEND_WORDS = /confidential treatment|omitted and filed separately|200\.83|rule 83/i;
export const mayHoldLegend = mayHoldTracker((text) => LEGEND_WORDS.test(text), 'omitted and filed separately'.length);

/** Whether the text may hold a redaction marker: every one starts "[*". */
export function mayHoldMarker(text: string): boolean {
  return text.includes('[*');
}

/** Spans of the text that are not letter content: front matter, HTML comments, code fences and inline code. */
export function nonContentSpans(text: string): Span[] {
  const out: Span[] = [];
  const fm = /^\uFEFF?---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (fm) out.push({ start: 0, end: fm[0].length });
  for (const m of text.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) out.push({ start: m.index!, end: m.index! + m[0].length });
  for (const m of text.matchAll(/^[ \t>]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t>]*\1[^\n]*$|(?![\s\S]))/gm)) out.push({ start: m.index!, end: m.index! + m[0].length });
  for (const m of text.matchAll(/`[^`\n]+`/g)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}

function inside(spans: Span[], at: number): boolean {
  for (const s of spans) {
    if (s.start > at) return false;
    if (at < s.end) return true;
  }
  return false;
}

/** Every redaction marker in the letter's content. */
export function findRedactions(text: string, skip?: Span[]): RedactionMarker[] {
  const out: RedactionMarker[] = [];
  if (!mayHoldMarker(text)) return out;
  skip ??= nonContentSpans(text);
  for (const m of text.matchAll(MARKER)) {
    const at = m.index!;
    if (inside(skip, at) || text[at - 1] === '\\') continue;
    // A quoted marker ('THE MARK "[***]"') is a legend naming the style, not a redaction.
    if (/["\u201C'\u2018]/.test(text[at - 1] ?? '') && !m[2]) continue;
    out.push({ marker: `[${m[1]}]`, stars: m[1].length, hidden: m[2], span: { start: at, end: at + m[0].length } });
  }
  return out;
}

/** Rule 83 legends and page marks written in the letter's content. */
export function findLegends(text: string, skip?: Span[]): LegendMention[] {
  const out: LegendMention[] = [];
  if (!mayHoldLegend(text)) return out;
  skip ??= nonContentSpans(text);
  for (const m of text.matchAll(LEGEND)) {
    if (!inside(skip, m.index!)) out.push({ text: m[0], span: { start: m.index!, end: m.index! + m[0].length } });
  }
  return out;
}

/** The marks legends name ("... IDENTIFIED BY THE MARK "[***]""). */
export function findNamedMarks(text: string, skip = nonContentSpans(text)): NamedMark[] {
  const out: NamedMark[] = [];
  for (const m of text.matchAll(/\b(?:IDENTIFIED BY|MARKED|MARKED WITH|THE MARK|THE MARKER)\s*(?:THE MARK\s*)?(?:\\?["\u201C])?\s*(\\?\[\\?\*{1,4}\\?\])/gi)) {
    const at = m.index! + m[0].length - m[1].length;
    if (!inside(skip, at)) out.push({ marker: m[1].replace(/\\/g, ''), span: { start: at, end: at + m[1].length } });
  }
  return out;
}

/** The standard public-copy legend for a marker style. */
export function publicLegend(company: string, marker: string): string {
  return (
    `CERTAIN PORTIONS OF THIS LETTER AS FILED VIA EDGAR HAVE BEEN OMITTED AND FILED SEPARATELY WITH THE DIVISION OF ` +
    `CORPORATION FINANCE. CONFIDENTIAL TREATMENT HAS BEEN REQUESTED BY ${company.toUpperCase()} PURSUANT TO 17 C.F.R. § 200.83 ` +
    `(RULE 83). OMITTED INFORMATION HAS BEEN REPLACED IN THIS LETTER AS FILED VIA EDGAR WITH A PLACEHOLDER IDENTIFIED BY ` +
    `THE MARK "${marker}".`
  );
}
