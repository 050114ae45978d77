import type { CompanyResponse, Letter, Span } from '../model';
import { cachesEnabled, perDocument } from '../incremental/analysis-cache';
import { editBetween } from '../incremental/edit';
import { textMemo } from '../incremental/text-memo';
import { GenerationCache, LETTER_CACHE_CHARS } from '../text/generation-cache';
import { answersOutsideResponses } from './answer-outside-responses';
import { detectInText, type Decider, type SentenceFinding } from './detect';
import { LONG_QUOTE, PROPOSED_TEXT } from './phrases';
import { anchorForm, anchorMatches, anchorPieces, readRegister, type Register, type RegisterEntry } from './register';

export type { CommitmentKind } from './detect';

/** The `response` of a commitment or hedge read outside every response. */
export const NO_RESPONSE = -1;

/** A commitment sentence of a response: what the sentence detector found, placed in the letter. */
export interface Commitment extends Omit<SentenceFinding, 'type'> {
  /** The comment whose response holds the sentence. */
  comment: number | undefined;
  /** Index into letter.responses; NO_RESPONSE (-1) for a sentence read outside every response (the body of a letter
   * answered without response segments, an appendix after the signature: answer-outside-responses.ts). */
  response: number;
  /** Index of the register entry that records it, when documented. */
  entry?: number;
}

/** A future-sounding sentence that promises nothing ("we will consider ..."). */
export interface HedgeSentence {
  comment: number | undefined;
  sentence: string;
  span: Span;
  phrase: string;
  response: number;
}

export interface CommitmentAnalysis {
  commitments: Commitment[];
  hedges: HedgeSentence[];
  register: Register;
  /** For each register entry (by index): whether its anchoring sentence is still in a response. */
  entryFound: boolean[];
}

const cache = new WeakMap<Letter, CommitmentAnalysis>();

/** Finds commitment sentences in the letter's responses. */
export function detectCommitments(letter: Letter): Commitment[] {
  return analyseCommitments(letter).commitments;
}

/**
 * Everything the commitment rules need, computed once per letter: commitments and hedges found in response bodies
 * only (never in staff text, even when the company repeats it), and the register matched against them.
 */
export function analyseCommitments(letter: Letter): CommitmentAnalysis {
  const hit = cache.get(letter);
  if (hit) return hit;
  // No catch-all here: a detector bug must surface, and the analysis boundary (check.ts) reports it as an internal error.
  const result = analyse(letter);
  cache.set(letter, result);
  return result;
}

function analyse(letter: Letter): CommitmentAnalysis {
  const { commitments, hedges } = findInResponses(letter);
  const register = readRegister(letter);
  const entryFound = matchRegister(letter, commitments, register);
  return { commitments, hedges, register, entryFound };
}

/**
 * Commitments and hedges of the letter's responses, read by the given decider. Not memoised when a decider is named
 * (the labelled-letter tests compare the grammar with the classifier through the same parser).
 */
export function findInResponses(letter: Letter, decider?: Decider): { commitments: Commitment[]; hedges: HedgeSentence[] } {
  const commitments: Commitment[] = [];
  const hedges: HedgeSentence[] = [];
  const text = letter.text;
  const cached = decider === undefined && cachesEnabled();
  if (cached) paragraphCache().nextGeneration();
  const kept = cached ? paragraphsKept(text) : undefined;
  const read = (span: Span, comment: number | undefined, index: number) => {
    for (const f of kept ? detectInParagraph(text, span.start, span.end, kept) : detectInText(text, span.start, span.end, decider)) {
      if (f.type === 'hedge') hedges.push({ comment, sentence: f.sentence, span: f.span, phrase: f.trigger, response: index });
      else commitments.push(toCommitment(f, comment, index));
    }
  };
  letter.responses.forEach((response, index) => {
    for (const para of paragraphRuns(text, responseParagraphs(letter, response))) read(para, response.number, index);
  });
  // The body of a letter answered without response segments, and appendices after the signature: comment unknown.
  for (const outside of answersOutsideResponses(letter)) read(outside.span, undefined, NO_RESPONSE);
  return { commitments, hedges };
}

// Detection per paragraph, keyed by the text it reads: an edit in one response re-detects only that paragraph; the
// others are reused with their spans shifted. `detectInText(text, from, to)` reads text[from, to) plus one character
// before (a trigger's \b) and a few after (a trigger that runs past `to`, and its closing \b): the key holds the
// paragraph with CONTEXT characters either side, so a hit is exactly what a fresh detection would find.
// Generations: only the paragraphs of the last two analyses are kept. A key is a copy of its paragraph (a Map
// flattens it), so a run remembers at most 2 million characters of them: all of a letter of a few MB; on a larger
// one, the paragraphs past that are detected afresh on each check instead of held as another copy of the letter.
const CONTEXT = 48;
const paragraphCache = perDocument(() => new GenerationCache<string, SentenceFinding[]>(LETTER_CACHE_CHARS, (key) => key.length));

function detectInParagraph(text: string, from: number, to: number, kept: ParagraphsKept): SentenceFinding[] {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (hi <= lo) return detectInText(text, from, to);
  const ws = Math.max(0, lo - CONTEXT);
  const we = Math.min(text.length, hi + CONTEXT);
  // The same window of text as a paragraph of the last run: its findings, found by position (no key to build).
  let relative = kept.known(lo, hi, ws, we);
  if (!relative) {
    const key = `${lo - ws}:${hi - lo}:${text.slice(ws, we)}`;
    relative = paragraphCache().get(key);
    if (!relative) {
      relative = detectInText(text, lo, hi).map((f) => ({ ...f, span: { start: f.span.start - lo, end: f.span.end - lo } }));
      paragraphCache().set(key, relative);
    }
  }
  kept.now.set(lo, { hi, ws, we, relative });
  return relative.map((f) => ({ ...f, span: { start: f.span.start + lo, end: f.span.end + lo } }));
}

interface KeptParagraph {
  hi: number;
  ws: number;
  we: number;
  /** Findings with spans relative to the paragraph's start. */
  relative: SentenceFinding[];
}

interface ParagraphsKept {
  now: Map<number, KeptParagraph>;
  known: (lo: number, hi: number, ws: number, we: number) => SentenceFinding[] | undefined;
}

/** The paragraphs read by the document's last run, by start: a window of text wholly before or after an edit is the
 * same text, so a paragraph there that the last run read with the same window is found without hashing it. */
const lastParagraphs = perDocument((): { text?: string; byStart?: Map<number, KeptParagraph> } => ({}));

function paragraphsKept(text: string): ParagraphsKept {
  const last = lastParagraphs();
  const prev = last.text !== undefined ? { text: last.text, byStart: last.byStart! } : undefined;
  const now = new Map<number, KeptParagraph>();
  last.text = text;
  last.byStart = now;
  if (!prev) return { now, known: () => undefined };
  const edit = editBetween(prev.text, text);
  return {
    now,
    known(lo, hi, ws, we) {
      const d = we <= edit.start ? 0 : ws >= edit.newEnd ? edit.delta : undefined;
      if (d === undefined) return undefined;
      const old = prev.byStart.get(lo - d);
      return old && old.hi === hi - d && old.ws === ws - d && old.we === we - d ? old.relative : undefined;
    },
  };
}

/**
 * Proposed disclosure quoted in a response ("> The Company will continue to ...", a fenced block, a paragraph wholly
 * in quotation marks) is text for the filing, not a promise made to the staff.
 */
function isProposedTextBlock(text: string, para: Span): boolean {
  // The parser may leave the quote marker out of the paragraph span: look from the start of its line.
  let lineStart = para.start;
  while (lineStart > 0 && para.start - lineStart < 200 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  const head = text.slice(lineStart, Math.min(para.end, para.start + 8)).trimStart();
  if (head.startsWith('>') || head.startsWith('```') || head.startsWith('~~~')) return true;
  if (/^(?:```|~~~)/.test(previousLine(text, lineStart).trim())) return true;
  const first = head.charAt(0);
  if (first !== '"' && first !== '\u201c') return false;
  const tail = text.slice(Math.max(para.start, para.end - 6), para.end).trimEnd().replace(/[.,;:*_)\]]+$/, '');
  return tail.endsWith('"') || tail.endsWith('\u201d');
}

function previousLine(text: string, lineStart: number): string {
  if (lineStart <= 0) return '';
  let end = lineStart - 1;
  if (text[end] === '\n' && text[end - 1] === '\r') end--;
  let start = end;
  while (start > 0 && end - start < 200 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  return text.slice(start, end);
}

/**
 * Consecutive paragraphs of a response, joined into runs so that a sentence broken across a page break (two
 * paragraphs, page furniture between them) is read whole. Quoted proposed text ends a run and is skipped.
 */
function paragraphRuns(text: string, paragraphs: Span[]): Span[] {
  const runs: Span[] = [];
  let open: Span | undefined;
  for (const para of paragraphs) {
    if (isProposedTextBlock(text, para)) {
      if (open) runs.push(open);
      open = undefined;
      continue;
    }
    if (open && para.start >= open.end) open = { start: open.start, end: para.end };
    else {
      if (open) runs.push(open);
      open = { start: para.start, end: para.end };
    }
  }
  if (open) runs.push(open);
  return runs;
}

/** Paragraphs of a response body; the body span when the parser gave none. Quoted proposed text is skipped. */
function responseParagraphs(letter: Letter, response: CompanyResponse): Span[] {
  const label = response.labelSpan;
  if (label.end - label.start > 80) {
    // A label that runs on into prose ("Response: We record ... that") holds response text: read it too.
    const colon = letter.text.indexOf(':', label.start);
    const from = colon >= 0 && colon < label.end ? colon + 1 : label.start;
    return [{ start: from, end: Math.max(from, response.bodySpan.end) }];
  }
  if (response.paragraphs.length) return response.paragraphs;
  return response.bodySpan.end > response.bodySpan.start ? [response.bodySpan] : [];
}

function toCommitment(f: SentenceFinding, comment: number | undefined, index: number): Commitment {
  return {
    comment,
    sentence: f.sentence,
    span: f.span,
    kind: f.kind,
    target: f.target,
    venue: f.venue,
    place: f.place,
    proposedText: f.proposedText,
    hedges: f.hedges,
    trigger: f.trigger,
    response: index,
  };
}

// The anchor forms of sentences, entries and response bodies, by their text: a keystroke changes one sentence and one
// body, and the letter's text is UTF-16 as soon as it holds a curly quote, where lower-casing is costly.
const formOf = textMemo(anchorForm);
const piecesOf = textMemo(anchorPieces);

/** Links each commitment to the first register entry that anchors on it; reports which entries still anchor. */
function matchRegister(letter: Letter, commitments: Commitment[], register: Register): boolean[] {
  if (!register.entries.length) return [];
  formOf.nextRun();
  piecesOf.nextRun();
  const pieces = register.entries.map((e) => (e.sentence ? piecesOf(e.sentence) : []));
  const forms = commitments.map((c) => formOf(c.sentence));
  for (let i = 0; i < commitments.length; i++) {
    const c = commitments[i];
    const j = register.entries.findIndex((e, k) => sameComment(e, c.comment) && anchorMatches(pieces[k], forms[i]));
    if (j >= 0) c.entry = register.entries[j].index;
  }
  // An entry is stale only when its sentence is gone from every response, not merely no longer a commitment.
  let bodies: string[] | undefined;
  return register.entries.map((e, k) => {
    if (!pieces[k].length) return true; // entries without a sentence are reported as incomplete, not stale
    if (commitments.some((c) => c.entry === e.index)) return true;
    bodies ??= letter.responses.map((r) => formOf(letter.text.slice(r.bodySpan.start, r.bodySpan.end)));
    return bodies.some((b) => anchorMatches(pieces[k], b));
  });
}

function sameComment(e: RegisterEntry, comment: number | undefined): boolean {
  return e.comment === undefined || comment === undefined || e.comment === comment;
}

/** True when the response gives proposed text: a quoted or indented block, a fenced block, or a lead-in to one. */
export function responseGivesProposedText(letter: Letter, response: CompanyResponse): boolean {
  const body = letter.text.slice(response.bodySpan.start, response.bodySpan.end);
  if (/^[ \t]*(?:>|```|~~~|\t| {4,}\S)/m.test(body)) return true;
  const flat = body.replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ');
  return PROPOSED_TEXT.test(flat.replace(/:\s*$/, '.')) || /:\s*"/.test(flat) || LONG_QUOTE.test(flat) || /:\s*$/m.test(body);
}

/** One line for a code lens above a commitment: its register status. */
export function commitmentStatusLine(letter: Letter, c: Commitment): string {
  const reg = analyseCommitments(letter).register;
  if (c.entry === undefined) return 'Not in register — record it';
  const e = reg.entries.find((x) => x.index === c.entry);
  const parts = ['Documented'];
  if (e?.filing ?? c.target) parts.push(String(e?.filing ?? c.target));
  parts.push(`owner: ${e?.owner ?? 'unassigned'}`);
  parts.push(e?.status ?? 'open');
  return parts.join(' · ');
}
