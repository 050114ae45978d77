import type { Letter, Span } from '../../model';
import type { Report, Rule } from '../rule';
import { PLACEHOLDER, plainlyAnswered } from './empty-response';

// What stops a letter from going to EDGAR as it stands: text still to be written (placeholders, TODO, [TBD]),
// comments not yet answered, no date, nobody to sign. The rule is the gate `corresp export --to html|txt` applies
// (with the letter's suppressions, whatever the rule's severity setting), and a reminder in the editor while drafting.

/** Bracketed words that are drafting placeholders: "[Date]", "[TBD]", "[●]", "[Proposed text …]", "[insert amount]". */
const BRACKETED = /\[([^[\]\n]{0,200})\](?![([{:])/g;
const EDITORIAL = /^(?:emphasis (?:added|omitted|in original)|footnotes? omitted|citations? omitted|sic|internal (?:quotation marks|citations) omitted|\.{3}|\u2026|\*+)$/i;
const PLACEHOLDER_WORDS = /\b(?:TBD|TBC|TODO|XX+|Month DD|YYYY|DD|insert|to come|fill in|placeholder|proposed text|amount|describe)\b/i;
/** Placeholders written without brackets. */
const BARE = /\b(?:TODO|TBD|TBC|FIXME|XXX+)\b|\bMonth DD, YYYY\b|\[\s*\]/g;
const DATE_LINE = /^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}\s*$/m;
const CLOSING_LINE = /^[ \t]*(?:\*\*|_)?(?:Very truly yours|Sincerely(?: yours)?|Respectfully(?: submitted| yours)?|Yours (?:truly|sincerely)|Best regards|Regards),?(?:\*\*|_)?[ \t]*$/gim;

export const notReadyToFile: Rule = {
  id: 'not-ready-to-file',
  description: 'The letter cannot be filed as it stands: placeholders or TODO/[TBD] left, comments unanswered, no date, or no signer.',
  defaultSeverity: 'info',
  fixable: false,
  check({ letter }, report) {
    // A response that is only "[TBD]" is reported once, as unanswered, not again as a placeholder.
    const open = unanswered(letter, report);
    placeholders(letter, [...skippedSpans(letter), ...open].sort((a, b) => a.start - b.start), report);
    for (const m of [missingDate(letter), missingSigner(letter)]) if (m) report(m);
  },
};

/** Where a placeholder is not the drafter's to fill: front matter, HTML comments (internal notes), the staff's words. */
function skippedSpans(letter: Letter): Span[] {
  const out: Span[] = [];
  if (letter.facts.source === 'front-matter' && letter.facts.span) out.push(letter.facts.span);
  if (letter.text.includes('<!--')) for (const m of letter.text.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) out.push({ start: m.index!, end: m.index! + m[0].length });
  for (const c of letter.comments) out.push(c.span);
  return out.sort((a, b) => a.start - b.start);
}

/** A quoted line (`> …`) outside the staff's comments: proposed disclosure in a response. */
function inProposedText(text: string, at: number): boolean {
  let ls = at;
  while (ls > 0 && text[ls - 1] !== '\n' && text[ls - 1] !== '\r') ls--;
  return /^[ \t]*>/.test(text.slice(ls, at));
}

function inside(spans: Span[], at: number): boolean {
  return spans.some((s) => s.start <= at && at < s.end);
}

function placeholders(letter: Letter, skip: Span[], report: (r: Report) => void): void {
  const text = letter.text;
  const reported: Span[] = [];
  for (const m of text.matchAll(BRACKETED)) {
    const at = m.index!;
    if (inside(skip, at)) continue;
    const inner = m[1].trim();
    if (EDITORIAL.test(inner) || /^\*{1,5}$/.test(inner)) continue;
    // "[t]he", "[A]s": an alteration inside a quotation, not a blank.
    if (/^[A-Za-z]$/.test(inner) && /[A-Za-z]/.test(text[at + m[0].length] ?? '')) continue;
    const figure = /^[_.\u2026\u25CF\u2022?\s-]+$/.test(inner) || /^X+$/i.test(inner);
    const blank = inner === '' || figure || /^(?:date|filing|company|name|title|signer|amount|number|period|year)$/i.test(inner);
    if (!blank && !PLACEHOLDER_WORDS.test(inner) && !/^[A-Z]/.test(inner)) continue;
    // Proposed disclosure may show the future filing's figures as blanks ("$[●] million", "[X]%"): that is how it is
    // filed. Only an unwritten block ("[Proposed text …]", "[insert …]") is a placeholder there.
    if (inProposedText(text, at) && (figure || !PLACEHOLDER_WORDS.test(inner))) continue;
    reported.push({ start: at, end: at + m[0].length });
    report({ message: `\u201c${clip(m[0])}\u201d is a placeholder, not final text`, span: { start: at, end: at + m[0].length } });
  }
  for (const m of text.matchAll(BARE)) {
    const at = m.index!;
    if (inside(skip, at) || inside(reported, at)) continue;
    report({ message: `\u201c${m[0]}\u201d is left in the letter`, span: { start: at, end: at + m[0].length } });
  }
}

/** Comments without a response, and responses that say nothing yet: one finding, at the first, listing them all. */
function unanswered(letter: Letter, report: (r: Report) => void): Span[] {
  const open: { number: number | undefined; span: Span }[] = [];
  const bodies: Span[] = [];
  const answered = new Set(letter.responses.map((r) => r.number));
  for (const c of letter.comments) if (!answered.has(c.number)) open.push({ number: c.number, span: { start: c.numberSpan.start, end: c.numberSpan.end } });
  for (const r of letter.responses) {
    if (plainlyAnswered(letter, r)) continue;
    const body = r.text.trim();
    if (body && !PLACEHOLDER.test(body)) continue;
    open.push({ number: r.number, span: r.labelSpan.end > r.labelSpan.start ? r.labelSpan : r.span });
    bodies.push(r.bodySpan);
  }
  if (!open.length) return bodies;
  open.sort((a, b) => a.span.start - b.span.start);
  const numbers = open.map((o) => o.number).filter((n): n is number => n !== undefined);
  const which = numbers.length ? ` (comment${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')})` : '';
  report({
    message: `${open.length === 1 ? 'One comment is' : `${open.length} comments are`} not answered yet${which}`,
    span: open[0].span,
    related: open.slice(1).map((o) => ({ span: o.span, message: o.number !== undefined ? `comment ${o.number}` : 'a response' })),
  });
  return bodies;
}

/** The head the body writes itself: from the front matter to the first caption or comment. */
function headText(letter: Letter): string {
  const from = letter.facts.source === 'front-matter' && letter.facts.span ? letter.facts.span.end : 0;
  const starts = [...letter.captions.map((c) => c.span.start), ...letter.comments.map((c) => c.span.start)].filter((s) => s >= from);
  return letter.text.slice(from, starts.length ? Math.min(...starts) : letter.text.length).replace(/<!--[\s\S]*?-->/g, '');
}

/**
 * Where a whole-letter finding goes: in the body (never in the front matter, where no suppression comment can
 * precede it). The date on the first line of the body, the signature on the closing ("Very truly yours,").
 */
function firstBodyLine(letter: Letter): Span {
  const text = letter.text;
  const from = letter.facts.source === 'front-matter' && letter.facts.span ? letter.facts.span.end : 0;
  const re = /^[ \t]*(?!<!--)(\S.*)$/gm;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    return { start: m.index + m[0].indexOf(m[1]), end: m.index + m[0].length };
  }
  return { start: from, end: from };
}

function closingLine(letter: Letter): Span {
  const last = lastClosing(letter.text);
  if (last) return { start: last.index, end: last.index + last[0].length };
  const t = letter.text.replace(/\s+$/, '');
  const ls = Math.max(t.lastIndexOf('\n') + 1, 0);
  return { start: ls, end: t.length };
}

/**
 * The last closing line of `text` (the last of `text.matchAll(CLOSING_LINE)`), looked for in growing tails: the
 * closing is near the end of a letter, and a check on every keystroke need not read a long letter from the top for
 * it. Exact: a closing line lies within one line and starts at a line's start, so the matches of a scan begun at any
 * line's start are those of the whole scan that start there or later.
 */
function lastClosing(text: string): RegExpExecArray | undefined {
  for (let size = 4096; ; size *= 4) {
    let from = Math.max(0, text.length - size);
    if (from > 0) from = text.lastIndexOf('\n', from - 1) + 1;
    let last: RegExpExecArray | undefined;
    CLOSING_LINE.lastIndex = from;
    for (let m = CLOSING_LINE.exec(text); m; m = CLOSING_LINE.exec(text)) last = m;
    if (last || from === 0) return last;
  }
}

interface Missing {
  message: string;
  span: Span;
}

function missingDate(letter: Letter): Missing | undefined {
  const d = letter.facts.responseDate;
  if (d && /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d))) return undefined;
  if (DATE_LINE.test(headText(letter))) return undefined;
  return {
    message: d
      ? `The response date \u201c${d}\u201d is not a date (YYYY-MM-DD)`
      : 'The letter has no date',
    span: firstBodyLine(letter),
  };
}

function missingSigner(letter: Letter): Missing | undefined {
  const signer = letter.facts.extra.signer;
  const name = typeof signer === 'string' ? signer : signer && typeof signer === 'object' && !Array.isArray(signer) ? (signer as Record<string, unknown>).name : undefined;
  if (typeof name === 'string' && name.trim() && !/^\[.*\]$|^(?:TBD|TODO|name)$/i.test(name.trim())) return undefined;
  if (signatureInBody(letter)) return undefined;
  return {
    message: 'The letter has no signer',
    span: closingLine(letter),
  };
}

/** A name (or a "/s/" line) written after the letter's closing ("Very truly yours,"), before any "cc:". */
function signatureInBody(letter: Letter): boolean {
  // HTML comments are blanked first (a closing or a name inside one does not count). Most letters have none, and
  // then the last closing is looked for from the end instead of in a blanked copy of the whole letter.
  const text = letter.text.includes('<!--') ? letter.text.replace(/<!--[\s\S]*?-->/g, (c) => ' '.repeat(c.length)) : letter.text;
  const closing = lastClosing(text);
  if (!closing) return /^\s*\/s\/\s*\S/m.test(text.slice(letter.closingStart ?? text.length));
  const after = text.slice(closing.index + closing[0].length).split(/\r?\n/).map((l) => l.trim());
  for (const l of after) {
    if (!l) continue;
    if (/^cc\s*:/i.test(l) || /^(?:\*\s*){3}$/.test(l)) return false;
    if (/^\[.*\]$/.test(l)) return false;
    return true;
  }
  return false;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}\u2026]` : s;
}
