import { hasUnreadable, readable, readableWithOffsets } from '../text/readable';
import type {
  Caption,
  CommentStyle,
  CompanyResponse,
  Letter,
  ParseProblem,
  PriorCommentRef,
  Span,
  StaffComment,
  Suppression,
} from '../model';
import { splitLines, type Line } from '../text/lines';
import { readFrontMatter } from './front-matter';
import { readReBlock } from './re-block';
import { plainInline, plainTextGeneration } from './inline-text';
import { GenerationCache, LETTER_CACHE_CHARS } from '../text/generation-cache';
import { cachesEnabled, perDocument } from '../incremental/analysis-cache';
import { editBetween } from '../incremental/edit';
import {
  bareLine,
  captionCandidate,
  closingMarker,
  commentStart,
  furnitureLine,
  headerLine,
  headerLike,
  staffVoice,
  pageRefOf,
  responseLabel,
  withoutEmphasis,
  type BareLine,
  type CommentStart,
  type ResponseLabel,
} from './line-kinds';
import { NUMBER_LIST_GOES_ON, lineCues, readBlocks, type Block, type LetterFeatures, type RowView, type VoiceCount } from './reader/features';
import { decode, decodeExplained, type Alternative, type Decision } from './reader/decode';
import type { Label } from './reader/weights';

/** A line with everything the parser can say about it on its own (the fields are documented on RowView). */
type Row = RowView;

interface OpenComment {
  row: number;
  start: CommentStart;
  style: CommentStyle;
  captions: Caption[];
  rows: number[];
  /** No number was written: the number span is empty, at the comment's start. */
  unnumbered?: boolean;
  /** The number as written, when the reader read a repeated number as the next comment. */
  written?: number;
}

interface OpenResponse {
  /** No label: the response is the paragraphs after the repeated comment (letters that rely on bold type). */
  unlabelled?: boolean;
  labelRow: number;
  label: ResponseLabel;
  number: number | undefined;
  rows: number[];
}

const SUPPRESSION = /<!--\s*corresp-(disable-next-line|disable|enable)\b([^>]*?)-->/g;

/**
 * Reads a response letter (the markdown dialect) or a plain-text letter into the model.
 * Linear in the size of the text, and it never throws: what it cannot read becomes a parse problem.
 */
export function parseLetter(text: string): Letter {
  try {
    return parseUnsafe(text);
  } catch (err) {
    return {
      text,
      flavour: 'plain',
      facts: { source: 'none', extra: {} },
      captions: [],
      comments: [],
      responses: [],
      suppressions: [],
      problems: [{ message: `corresp could not read this letter: ${(err as Error)?.message ?? String(err)}`, span: { start: 0, end: 0 } }],
    };
  }
}

function parseUnsafe(text: string): Letter {
  factsCache().nextGeneration();
  plainTextGeneration();
  const problems: ParseProblem[] = [];
  const lines = splitRunOnLines(text, splitLines(text), problems);
  const fm = readFrontMatter(text, lines);
  if (fm) problems.push(...fm.problems);
  const bodyLine = fm?.bodyLine ?? 0;
  // The dialect writes "**5.** Tell us …"; a bold number alone on its line is an EDGAR table cell converted, not the
  // dialect (where an unlabelled answer would be a missing response).
  const markdownHints = /^(?:#{1,6}\s|>\s|\*\*Response|\*\*\d{1,3}\.\*\*[ \t]+\S)/m.test(text.slice(0, 200_000));
  const flavour: Letter['flavour'] = fm || markdownHints ? 'markdown' : 'plain';

  const suppressions: Suppression[] = [];
  const rows = classify(text, lines, bodyLine, flavour, suppressions, linesKept(text, lines));
  const facts = fm?.facts ?? readReBlock(lines, rows.map((r) => r.skip));
  const staffLetter = !fm && opensAsStaffLetter(text);

  const read = readByModel(text, rows, flavour, staffLetter).body;
  const { captions, comments, responses, closingStart } = read;

  if (staffLetter && !responses.length && facts.source === 're-block') {
    // A staff letter: the date at its head is the staff letter's own date, not a response date.
    if (facts.responseDate) facts.staffLetterDate = facts.responseDate;
    delete facts.responseDate;
  }
  return {
    text,
    flavour,
    facts,
    captions,
    comments,
    responses,
    suppressions,
    closingStart,
    problems,
  };
}

/** What either reader gives back: the letter's structure. */
interface Body {
  captions: Caption[];
  comments: StaffComment[];
  responses: CompanyResponse[];
  closingStart: number | undefined;
}

/** The letter-level features the model reads (see reader/features.ts). */
function letterFeatures(text: string, rows: Row[], flavour: Letter['flavour'], staffLetter: boolean): LetterFeatures {
  let hasLabels = false;
  for (const r of rows) if (r.label && !r.skip) hasLabels = true;
  return { staffLetter, hasLabels, answersFollow: !hasLabels && relyOnOrder(text, rows), flavour };
}

interface ModelReading {
  body: Body;
  blocks: Block[];
  decisions: Decision[];
  letter: LetterFeatures;
}

/**
 * The explicit reader (reader/): the rows become blocks with named features, Viterbi picks the labelling of the whole
 * letter, and the labels are assembled into comments, responses and captions with the same builders as before.
 */
function readByModel(text: string, rows: Row[], flavour: Letter['flavour'], staffLetter: boolean): ModelReading {
  const letter = letterFeatures(text, rows, flavour, staffLetter);
  const blocks = readBlocks(rows, letter);
  const decisions = decode(blocks, letter);
  return { body: assemble(text, rows, blocks, decisions, letter), blocks, decisions, letter };
}

function assemble(text: string, rows: Row[], blocks: Block[], decisions: Decision[], letter: LetterFeatures): Body {
  const captions: Caption[] = [];
  const comments: StaffComment[] = [];
  const responses: CompanyResponse[] = [];
  const path = captionPath(captions);
  const answered = new Set<number>();
  let comment: OpenComment | undefined;
  let response: OpenResponse | undefined;
  let closingStart: number | undefined;
  const finishComment = () => {
    if (!comment) return;
    comments.push(buildComment(text, rows, comment));
    comment = undefined;
  };
  const finishResponse = () => {
    if (!response) return;
    const built = buildResponse(text, rows, response, closingStart);
    responses.push(built);
    if (built.number !== undefined) answered.add(built.number);
    response = undefined;
  };
  let prevLabel: Label | undefined;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    const d = decisions[k];
    const r = rows[b.first];
    switch (d.label) {
      case 'commentStart': {
        finishComment();
        finishResponse();
        closingStart = undefined;
        if (!r.start) {
          // A restated comment without a number (reader/features.ts: unnumbered): numbered after the previous one.
          const start: CommentStart = { number: d.number!, rest: r.detect, heading: false, implicit: true };
          comment = { row: b.first, start, style: 'unnumbered', captions: path.current(), rows: b.rows.slice(), unnumbered: true };
          break;
        }
        const start = r.start.implicit || r.start.number !== d.number ? { ...r.start, number: d.number! } : r.start;
        comment = { row: b.first, start, style: styleOf(r), captions: path.current(), rows: b.rows.slice() };
        if (!r.start.implicit && r.start.number !== d.number) comment.written = r.start.number;
        break;
      }
      case 'commentCont':
        if (comment) comment.rows.push(...b.rows);
        break;
      case 'responseLabel': {
        const own = r.label!.number;
        if (response && (own === undefined || own === response.number)) {
          response.rows.push(...b.rows);
          break;
        }
        const current = comment?.start.number ?? ((prevLabel === 'caption' || prevLabel === 'aside') && comments.length ? comments[comments.length - 1].number : undefined);
        const number = own ?? (current !== undefined && !answered.has(current) ? current : undefined) ?? unnamedAnswer(letter, comment === undefined, comments, answered);
        finishComment();
        finishResponse();
        response = { labelRow: b.first, label: r.label!, number, rows: b.rows.slice(1) };
        break;
      }
      case 'commentAgain':
      case 'responseCont':
        if (response) response.rows.push(...b.rows);
        else if (comment || d.number !== undefined) {
          // After a comment, or (d.number) in the opening of a letter that answers one comment without restating it.
          const number = comment ? comment.start.number : d.number;
          finishComment();
          response = { unlabelled: true, labelRow: b.first, label: { rest: r.detect, style: 'response', labelLength: 0 }, number, rows: b.rows.slice(1) };
        }
        break;
      case 'caption': {
        finishComment();
        finishResponse();
        const heading = r.caption === 'heading';
        const title = captionTitle(r);
        const c: Caption = { title, level: r.b.headingLevel || 1, pageRef: pageRefOf(title), span: { start: r.line.start, end: r.line.end } };
        path.push(c, heading, !heading && prevLabel !== 'caption');
        break;
      }
      case 'closing':
        // A letter without comments or responses has no body to end (closingStart stays unset, as before).
        if (prevLabel !== 'closing' && prevLabel !== 'preamble' && prevLabel !== undefined) {
          finishComment();
          finishResponse();
          closingStart = r.line.start;
        }
        break;
      default:
        break;
    }
    prevLabel = d.label;
  }
  finishComment();
  finishResponse();
  return { captions, comments, responses, closingStart };
}

/** The caption path above the next comment: markdown headings by level, plain captions in runs below an "Item". */
function captionPath(captions: Caption[]) {
  let path: Caption[] = [];
  return {
    current: () => path.slice(),
    push(c: Caption, heading: boolean, plainRunStart: boolean) {
      if (heading) {
        path = [...path.filter((p) => p.level < c.level), c];
      } else if (/^(?:Item|Part)\s+[\dIVX]/i.test(c.title)) {
        c = { ...c, level: 1 };
        path = [c];
      } else if (plainRunStart) {
        const item = path.length && /^(?:Item|Part)\s+[\dIVX]/i.test(path[0].title) ? [path[0]] : [];
        c = { ...c, level: item.length + 1 };
        path = [...item, c];
      } else {
        c = { ...c, level: path.length + 1 };
        path = [...path, c];
      }
      captions.push(c);
    },
  };
}

/** The reader's reasoning on one letter, for `corresp explain` (reader/explain.ts formats it). */
export interface Reading {
  letter: Letter;
  rows: readonly RowView[];
  blocks: Block[];
  decisions: Decision[];
  alternatives: Alternative[][];
  features: LetterFeatures;
}

/** Parses a letter with the model reader and returns its blocks, features, decisions and the alternatives. */
export function readExplained(text: string): Reading {
  const letter = parseLetter(text);
  factsCache().nextGeneration();
  const lines = splitRunOnLines(text, splitLines(text), []);
  const fm = readFrontMatter(text, lines);
  const flavour = letter.flavour;
  const rows = classify(text, lines, fm?.bodyLine ?? 0, flavour, []);
  const staffLetter = !fm && opensAsStaffLetter(text);
  const features = letterFeatures(text, rows, flavour, staffLetter);
  const blocks = readBlocks(rows, features);
  const { decisions, alternatives } = decodeExplained(blocks, features);
  return { letter, rows, blocks, decisions, alternatives, features };
}

const RESPONSE_INTRO =
  /\b(?:in response to|respond(?:s|ing)? to|our (?:corresponding )?responses?|(?:the Company|Company)['\u2019]s responses?|followed by (?:our|the Company['\u2019]s|its) responses?|on behalf of)\b/i;
const STAFF_INTRO = /\bWe have (?:reviewed|limited our review)|\bwe may have additional comments|\bPlease respond to (?:these|this)/i;

/**
 * True when the letter opens in the staff's voice ("We have reviewed your filing"): a staff letter, not a response.
 * Whichever voice speaks first decides: a response letter that first says it responds ("The following is in response
 * to the comments set forth in your letter") and then restates a follow-up comment ("We have reviewed your response to
 * prior comment 2") is the company's.
 */
export function opensAsStaffLetter(text: string): boolean {
  const head = readable(text.slice(0, 6000)).replace(SPACE_RUN, ' ');
  const staff = STAFF_INTRO.exec(head);
  if (!staff) return false;
  const company = RESPONSE_INTRO.exec(head);
  return !company || company.index > staff.index;
}

/** A response letter with no labels at all: each comment is followed directly by its answer. */
function relyOnOrder(text: string, rows: Row[]): boolean {
  let first = -1;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].label && !rows[i].skip) return false;
    if (first < 0 && rows[i].start && !rows[i].skip) first = i;
  }
  if (first < 0) return false;
  const preamble = readable(text.slice(0, rows[first].line.start)).replace(SPACE_RUN, ' ');
  return RESPONSE_INTRO.test(preamble) && !STAFF_INTRO.test(preamble);
}

const RUN_ON = 1000;
const RUN_ON_NUMBER = /(?:(\bpage\s+(?:[A-Z]-)?\d{1,4})|([.?!:;)\u201D"'\]])|\w)\s+(\d{1,3})\.\s+(?=["\u201C(A-Z])/g;
/** A response label after a sentence inside run-on text ("… in Note 8. Response: The Company …"); the colon is required. */
const RUN_ON_LABEL = /[.?!;)\u201D"'\]]\s+((?:[A-Z][\w&.'\u2019-]*\s+){0,2}?Responses?(?:\s+to\s+(?:the\s+)?(?:Staff['\u2019]s\s+)?(?:Comment\s+)?(?:No\.?\s*)?\d{1,3})?\s*:\s)/g;

/**
 * Text pasted from some PDF viewers, and EDGAR HTML that puts a whole page in one paragraph, arrives with (almost) no
 * line breaks, which would hide every comment and every label. Lines longer than RUN_ON characters are split
 * (virtually: offsets stay those of the original text) before each next comment number that opens in the staff's
 * voice, before each response label that follows a sentence, and before the items of a numbered list the company
 * restarts at 1 (the reader keeps those in the answer), so such a letter is read too.
 */
/** Does this line end mid-sentence (a lower-case word, a comma)? */
function leavesSentenceOpen(row: Row | undefined): boolean {
  return row !== undefined && /[a-z,;]\s*$/.test(row.detect);
}

function splitRunOnLines(text: string, lines: Line[], problems: ParseProblem[]): Line[] {
  if (!lines.some((l) => l.end - l.start > RUN_ON)) return lines;
  const out: Line[] = [];
  let expected = 1;
  /** The last item of a numbered list in the company's text, cut out of run-on lines (0 when none). */
  let list = 0;
  let split = false;
  for (const line of lines) {
    const head = /^\s*(?:>\s*)*(?:[-*\u2022]\s+)?(?:\*\*)?(\d{1,3})\.\s/.exec(line.text);
    if (head && Number(head[1]) === expected) expected++;
    if (line.end - line.start <= RUN_ON) {
      out.push(line);
      continue;
    }
    const cuts: number[] = [];
    // Labels and numbers are looked for in the line as read (text/readable.ts); a cut is made at the original offset.
    const read = hasUnreadable(line.text) ? readableWithOffsets(line.text) : undefined;
    const lineText = read ? read.text : line.text;
    const cutAt = (at: number) => cuts.push(read ? read.at[at] : at);
    RUN_ON_LABEL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RUN_ON_LABEL.exec(lineText))) {
      const at = m.index + m[0].length - m[1].length;
      if (responseLabel(lineText.slice(at, at + 200))) cutAt(at);
    }
    RUN_ON_NUMBER.lastIndex = 0;
    while ((m = RUN_ON_NUMBER.exec(lineText))) {
      const n = Number(m[3]);
      const afterPage = !!m[1];
      const afterSentence = !!m[2];
      const numberAt = lineText.lastIndexOf(m[3] + '.', m.index + m[0].length);
      const before = lineText.slice(Math.max(0, numberAt - 12), numberAt);
      if (/\b(?:Item|Note|No|Nos|Section|Rule|Article|Question|Topic|ASC|paragraph)\.?\s*$/i.test(before)) continue;
      const voice = staffVoice(lineText.slice(numberAt + m[3].length + 1).trimStart());
      // The next number after a sentence or a "…, page N" caption; after a bare word only in the staff's voice;
      // one number may have been missed when a page caption and the staff's voice both say a comment starts here.
      const next = n === expected && (afterPage || afterSentence || voice);
      const skipped = n === expected + 1 && afterPage && voice;
      // A list in the company's own text ("1. Consolidated revenues … 2. Commercial …") is cut too, item by item, so
      // the reader sees its numbers go back and keeps them in the answer; its items do not move `expected`.
      const item = afterSentence && !voice && (n === 1 ? expected > 1 : list > 0 && n === list + 1);
      if (item) {
        cutAt(numberAt);
        list = n;
        continue;
      }
      if (!next && !skipped) continue;
      cutAt(numberAt);
      expected = n + 1;
      list = 0;
    }
    cuts.sort((a, b) => a - b);
    let from = 0;
    for (const at of cuts) {
      if (at <= from) continue;
      out.push({ start: line.start + from, end: line.start + at, next: line.start + at, text: line.text.slice(from, at) });
      from = at;
      split = true;
    }
    out.push({ start: line.start + from, end: line.end, next: line.next, text: line.text.slice(from) });
  }
  if (!split && lines.length < 5) {
    problems.push({ message: 'This letter has almost no line breaks; if it was pasted from a PDF, paste it again with its lines, or comments may be missed', span: { start: 0, end: Math.min(text.length, lines[0].end) } });
  }
  return out;
}

/**
 * The comment a plain letter's bare label ("Response", no number) answers when no comment was read before it (its
 * comment was restated without a number or a staff cue, or not at all): the one comment the letter names, else the
 * comment after the last one read or answered. In the dialect a label under no comment stays unnumbered (the
 * orphan-response rule reports it).
 */
function unnamedAnswer(letter: LetterFeatures, noComment: boolean, comments: StaffComment[], answered: Set<number>): number | undefined {
  if (letter.flavour !== 'plain' || letter.staffLetter || !noComment) return undefined;
  if (letter.namedComment !== undefined && !answered.has(letter.namedComment)) return letter.namedComment;
  let last = 0;
  for (const c of comments) last = Math.max(last, c.number);
  for (const n of answered) last = Math.max(last, n);
  return last + 1;
}

function styleOf(r: Row): CommentStyle {
  if (r.start?.heading) return 'comment-heading';
  if (r.b.quote) return 'blockquote';
  if (r.b.listMarker) return 'list-marker';
  if (r.b.emphasis) return 'emphasis';
  if (!r.start?.rest) return 'number-alone';
  return 'numbered-paragraph';
}

function captionTitle(r: Row): string {
  return withoutEmphasis(stripComments(r.b.bare)).replace(/\s+/g, ' ').replace(/[#\s]+$/, '').trim();
}

function stripComments(s: string): string {
  return s.indexOf('<!--') < 0 ? s : s.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}

/** What a line says on its own, whatever surrounds it; memoised by the line's text, so a re-check after a keystroke
 * reclassifies only the edited lines. */
interface LineFacts {
  b: BareLine;
  trimmed: string;
  blank: boolean;
  furniture: 'alone' | 'page' | undefined;
  detect: string;
  start?: CommentStart;
  label?: ResponseLabel;
  closing?: 'strong' | 'soft';
  captionCandidate: boolean;
  voice: VoiceCount;
}

const NO_VOICE: VoiceCount = { staff: 0, company: 0, words: 0 };
const SPACE_RUN = /[ \t\u00a0]{2,}/g;

// Room for every line of a letter of a couple of MB (2 million characters of lines); past that, lines are
// classified again on each parse instead of being held, with their facts, as another copy of the letter.
const factsCache = perDocument(() => new GenerationCache<string, LineFacts>(LETTER_CACHE_CHARS, (raw) => raw.length + 64));

function lineFacts(raw: string): LineFacts {
  const hit = factsCache().get(raw);
  if (hit) return hit;
  const b = bareLine(raw);
  const trimmed = raw.trim();
  const blank = !trimmed || /^>+$/.test(trimmed.replace(/\s/g, ''));
  const furniture = blank ? undefined : furnitureLine(stripComments(withoutEmphasis(b.bare)));
  // Runs of spaces count as one: justified text, "pdftotext -layout" and typists' double spaces put two or more
  // between words, and what a line is ("We note", "Response:", "Very truly yours") does not change with them. Nor
  // does a soft hyphen, a zero-width space or a ligature in it (text/readable.ts).
  const detect = blank || furniture ? '' : readable(withoutEmphasis(stripComments(b.bare))).trim().replace(SPACE_RUN, ' ');
  const facts: LineFacts = { b, trimmed, blank, furniture, detect, captionCandidate: false, voice: detect ? lineCues(detect, b.bare, b.emphasis) : NO_VOICE };
  if (detect) {
    facts.start = commentStart(detect);
    facts.label = responseLabel(detect);
    if (!facts.start && !facts.label) {
      facts.closing = closingMarker(detect) ?? (/^\*\s*\*\s*\*\s*$/.test(b.bare) ? 'strong' : undefined);
      facts.captionCandidate = !facts.closing && captionCandidate(detect);
    }
  } else if (!blank && !furniture && /^\*\s*\*\s*\*\s*$/.test(b.bare)) {
    facts.closing = 'strong';
  }
  factsCache().set(raw, facts);
  return facts;
}

/**
 * The facts of the last parse's lines that an edit left as they were, by the new line's index: a line wholly before
 * the edit (its line break included) or wholly after it has the same text as the line at the same place in the last
 * parse, so its facts are that line's, found without hashing its text. The rest are looked up by text (`lineFacts`).
 */
const lastLines = perDocument((): { text?: string; lines?: Line[]; facts?: (LineFacts | undefined)[] } => ({}));

function linesKept(text: string, lines: Line[]): { facts: (LineFacts | undefined)[]; known: (i: number) => LineFacts | undefined } {
  const last = lastLines();
  const facts: (LineFacts | undefined)[] = new Array(lines.length);
  const prev = cachesEnabled() && last.text !== undefined ? { text: last.text, lines: last.lines!, facts: last.facts! } : undefined;
  if (cachesEnabled()) Object.assign(last, { text, lines, facts });
  if (!prev) return { facts, known: () => undefined };
  const edit = editBetween(prev.text, text);
  const shift = lines.length - prev.lines.length;
  const known = (i: number): LineFacts | undefined => {
    const line = lines[i];
    const j = line.next <= edit.start ? i : line.start > edit.newEnd ? i - shift : -1;
    const d = j === i ? 0 : edit.delta;
    const old = j >= 0 ? prev.lines[j] : undefined;
    return old && old.start === line.start - d && old.end === line.end - d ? prev.facts[j] : undefined;
  };
  return { facts, known };
}

function classify(
  text: string,
  lines: Line[],
  bodyLine: number,
  flavour: Letter['flavour'],
  suppressions: Suppression[],
  kept: { facts: (LineFacts | undefined)[]; known: (i: number) => LineFacts | undefined } = { facts: [], known: () => undefined },
): Row[] {
  const rows: Row[] = new Array(lines.length);
  let fence: string | undefined;
  let inHtmlComment = false;
  let prevBlank = true;
  /** The last content row (a plain letter's wrapped line follows it in the same paragraph). */
  let prevContent: Row | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const raw = line.text;
    if (i < bodyLine) {
      rows[i] = { line, b: bareLine(''), detect: '', skip: true, literal: false, paraStart: false, caption: undefined, voice: NO_VOICE };
      continue;
    }
    const lf = kept.known(i) ?? lineFacts(raw);
    kept.facts[i] = lf;
    const b = lf.b;
    const row: Row = { line, b, detect: '', skip: false, literal: false, paraStart: false, caption: undefined, voice: lf.voice };
    rows[i] = row;
    if (raw.indexOf('<!--') >= 0) collectSuppressions(raw, line.start, suppressions);
    if (inHtmlComment) {
      row.skip = true;
      if (raw.indexOf('-->') >= 0) inHtmlComment = false;
      continue;
    }
    const trimmed = lf.trimmed;
    if (fence !== undefined) {
      row.literal = true;
      if (trimmed.startsWith(fence)) fence = undefined;
      continue;
    }
    if (flavour === 'markdown' && (trimmed.charCodeAt(0) === 96 || trimmed.charCodeAt(0) === 126 || trimmed.charCodeAt(0) === 62)) {
      const f = /^(?:>\s*)*(`{3,}|~{3,})/.exec(trimmed);
      if (f) {
        fence = f[1];
        row.literal = true;
        continue;
      }
    }
    if (trimmed.startsWith('<!--')) {
      const close = raw.indexOf('-->', raw.indexOf('<!--') + 4);
      if (close < 0) inHtmlComment = true;
      if (close < 0 || !raw.slice(close + 3).trim()) {
        row.skip = true;
        continue;
      }
    }
    if (lf.blank) {
      row.skip = true;
      prevBlank = true;
      continue;
    }
    if (flavour === 'markdown' && b.indent >= 4 && !b.quote && prevBlank) {
      row.literal = true;
      continue;
    }
    if (lf.furniture) {
      row.skip = true;
      row.furniture = lf.furniture === 'page' ? 'running "Page N" line' : 'page number or template leftover';
      if (lf.furniture === 'page') dropRunningHeader(rows, i);
      continue;
    }
    const detect = lf.detect;
    row.detect = detect;
    row.paraStart = prevBlank || b.headingLevel > 0;
    prevBlank = false;
    const start = lf.start;
    // A number that goes on a list of numbers the line above left open ("on pages 77 and" / "79.") is a wrapped line
    // of a plain letter, not a numbered block.
    const wrapped = flavour === 'plain' && !row.paraStart && prevContent !== undefined && !start?.implicit && NUMBER_LIST_GOES_ON.test(prevContent.detect.trimEnd());
    // "Comment No. 1" opens a comment at a paragraph's start, or on a line of its own after a finished line (a PDF's
    // text can have no blank line between a caption, the heading and the comment), never where it continues a
    // sentence ("... see our response to" / "Comment 3.").
    if (start && !wrapped && (!start.heading || row.paraStart || b.emphasis || b.headingLevel > 0 || (!start.implicit && !leavesSentenceOpen(prevContent)))) row.start = start;
    prevContent = row;
    const label = lf.label;
    if (label && (row.paraStart || !label.rest || b.emphasis || flavour === 'plain')) row.label = label;
    if (!row.start && !row.label) {
      row.closing = lf.start || lf.label ? closingMarker(detect) ?? (/^\*\s*\*\s*\*\s*$/.test(b.bare) ? 'strong' : undefined) : lf.closing;
      if (b.headingLevel > 0) row.caption = 'heading';
      else if (!row.closing && (row.paraStart || flavour === 'plain') && (lf.start || lf.label ? captionCandidate(detect) : lf.captionCandidate)) row.caption = 'candidate';
    }
  }
  if (flavour === 'plain') {
    dropRepeatedFurniture(text, rows);
    dropWrappedCaptions(rows);
  }
  return rows;
}

/**
 * Lines of a wrapped paragraph are no captions. A letter converted from a PDF (or typed with hard line breaks) wraps
 * every paragraph at about the same width, so each line of a paragraph is short, starts with a capital now and then,
 * and ends without punctuation: all that a plain letter's caption candidate is ("In future filings, including the
 * Report on Form 10-K for the year ended" / "November 30, 2017, Lennar will caption the line item “total"). When a
 * letter's lines inside paragraphs mostly share one width, a candidate that fills most of that width and runs on into
 * the next line of its paragraph is paragraph text; a caption stays a candidate when it is short, stands alone, or is
 * followed at once by a comment or a label.
 */
function dropWrappedCaptions(rows: Row[]): void {
  const content = (r: Row | undefined): r is Row => r !== undefined && !r.skip && !r.literal;
  const widths: number[] = [];
  for (let i = 0; i + 1 < rows.length; i++) if (content(rows[i]) && content(rows[i + 1])) widths.push(rows[i].line.text.trimEnd().length);
  if (widths.length < WRAP_MIN_LINES) return;
  widths.sort((a, b) => a - b);
  const width = widths[Math.floor(widths.length * 0.8)];
  const near = widths.filter((w) => w >= width * 0.85 && w <= width * 1.15).length;
  if (near < widths.length * 0.5) return;
  for (let i = 0; i + 1 < rows.length; i++) {
    const r = rows[i];
    const next = rows[i + 1];
    if (r.caption !== 'candidate' || !content(next) || next.start || next.label || next.caption === 'heading') continue;
    if (r.line.text.trimEnd().length >= width * 0.8) r.caption = undefined;
  }
}

/** Fewer lines inside paragraphs than this, and a letter is not taken to be wrapped. */
const WRAP_MIN_LINES = 12;

const CONFIDENTIAL_LEGEND = /^(?:\[?\*+\]?\s*)?(?:FOIA\s+)?Confidential\s+Treatment\s+(?:Requested|Request)\b/i;

/**
 * Page furniture that only shows as repetition: running headers and footers printed on every page of a converted
 * PDF ("Acme Corp. – Response to Staff Comments", "Securities and Exchange Commission") and confidential-treatment
 * legends. A short line without a sentence ending that recurs three or more times in a letter that has pages (form
 * feeds or page numbers), at a page break at least twice and in at least half of its places, is furniture; so is a
 * confidential-treatment legend anywhere.
 */
function dropRepeatedFurniture(text: string, rows: Row[]): void {
  let pageMarks = 0;
  const counts = new Map<string, { all: number; atBreak: number }>();
  const keyOf = (r: Row): string | undefined => {
    if (r.skip || r.literal || r.start || r.label || r.closing || !r.detect) return undefined;
    const t = r.detect;
    if (t.length > 80 || t.length < 4 || /[.?!:;,]$/.test(t.replace(/(?:Inc|Corp|Co|Ltd|N\.A|L\.P|LLC|plc)\.$/i, ''))) return undefined;
    return t.toLowerCase().replace(/\d+/g, '#');
  };
  // A header or footer sits at a page break: a form feed on its line or within the three lines around it, or a
  // page number or "Page N" line among them. A caption repeated for each group of comments does not.
  const atBreak = (i: number): boolean => {
    for (let j = Math.max(0, i - 3); j <= Math.min(rows.length - 1, i + 3); j++) {
      if (rows[j].furniture && !rows[j].furniture!.startsWith('running header or footer')) return true;
      if (rows[j].line.text.indexOf('\f') >= 0) return true;
    }
    return false;
  };
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.furniture) pageMarks++;
    if (!r.skip && r.detect && r.detect.length <= 160 && CONFIDENTIAL_LEGEND.test(r.detect)) {
      r.skip = true;
      r.furniture = 'confidential-treatment legend';
      r.caption = undefined;
      continue;
    }
    const k = keyOf(r);
    if (!k) continue;
    const c = counts.get(k) ?? { all: 0, atBreak: 0 };
    c.all++;
    if (atBreak(i)) c.atBreak++;
    counts.set(k, c);
  }
  if (pageMarks < 2 && text.indexOf('\f') < 0) return;
  for (const r of rows) {
    const k = keyOf(r);
    if (!k) continue;
    const c = counts.get(k)!;
    if (c.all >= 3 && c.atBreak >= 2 && c.atBreak * 2 >= c.all) {
      r.skip = true;
      r.furniture = `running header or footer (${c.all}× in the letter)`;
      r.caption = undefined;
    }
  }
}

/** "Name / Company / Date / Page 2": drop the short lines just above a running "Page N" line. */
function dropRunningHeader(rows: Row[], at: number): void {
  let taken = 0;
  let crossedBlank = false;
  for (let j = at - 1; j >= 0 && taken < 4; j--) {
    const r = rows[j];
    if (!r) break;
    if (r.skip && !r.line.text.trim()) {
      crossedBlank = true;
      continue;
    }
    if (r.skip || r.literal || r.start || r.label) break;
    const t = r.detect || r.line.text;
    // Across a blank line only lines that read like a header (a name, a date, the Commission) belong to it.
    if (!headerLine(t) || (crossedBlank && !headerLike(t))) break;
    r.skip = true;
    r.furniture = 'running header above "Page N"';
    r.caption = undefined;
    taken++;
  }
}

function collectSuppressions(raw: string, lineStart: number, out: Suppression[]): void {
  SUPPRESSION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SUPPRESSION.exec(raw))) {
    const kind = m[1] === 'disable-next-line' ? 'next-line' : (m[1] as 'disable' | 'enable');
    const [rulePart, ...reasonParts] = m[2].split(/\s--\s?/);
    const rules = rulePart
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const reason = reasonParts.join(' -- ').trim() || undefined;
    out.push({ kind, rules, reason, span: { start: lineStart + m.index, end: lineStart + m.index + m[0].length } });
  }
}

function buildComment(text: string, rows: Row[], c: OpenComment): StaffComment {
  const first = rows[c.row];
  // The comment's text and bullets are read from the letter when asked (see BLOCK_TEXT): a 10 MB letter would
  // otherwise hold a second, plain-text copy of itself. Only where each piece lies is kept.
  const segs: number[] = [];
  const bullets: number[][] = [];
  let bullet: number[] | undefined;
  // Skip the number token on the first line: the remaining text begins at the first word after it.
  const firstRaw = first.b.bare;
  const numberEnd = (() => {
    const m = /^(?:[*_]*\s*)?(?:(?:SEC\s+|Staff(?:['\u2019]s)?\s+)?Comment(?:\s+(?:No\.?\s*|Number\s+|#)?\d{1,3})?\s*[:.)\u2013\u2014-]?|\d{1,3}\.)(?:[*_]*)\s*/i.exec(firstRaw);
    return m ? m[0].length : 0;
  })();
  const restAt = c.start.rest ? Math.max(numberEnd, firstRaw.indexOf(c.start.rest.slice(0, 1), numberEnd)) : -1;
  for (const idx of c.rows) {
    const r = rows[idx];
    const piece = segs.length / 3;
    if (idx === c.row) {
      if (restAt >= 0) pushContent(segs, r, restAt);
      else segs.push(r.line.start, r.line.start, 0);
    } else if (r.literal) segs.push(r.line.start, r.line.end, 1);
    else pushContent(segs, r, 0);
    if (idx !== c.row && r.b.listMarker) {
      if (bullet) bullets.push(bullet);
      bullet = [piece];
    } else if (bullet && !rows[idx - 1]?.skip) bullet.push(piece);
    else if (bullet) {
      bullets.push(bullet);
      bullet = undefined;
    }
  }
  if (bullet) bullets.push(bullet);
  const lastRow = rows[c.rows[c.rows.length - 1]];
  const span: Span = { start: first.line.start, end: lastRow.line.end };
  const numberText = String(c.written ?? c.start.number);
  const numAt = c.unnumbered ? -1 : text.indexOf(numberText, first.line.start + (c.start.heading ? 0 : first.b.prefixLength));
  const numberSpan: Span =
    c.unnumbered
      ? { start: first.line.start + first.b.prefixLength, end: first.line.start + first.b.prefixLength }
      : numAt >= 0 && numAt < first.line.end ? { start: c.start.heading ? first.line.start + first.b.prefixLength : numAt, end: numAt + numberText.length + (text[numAt + numberText.length] === '.' ? 1 : 0) } : { start: first.line.start, end: first.line.end };
  const captionsText = c.captions.map((x) => x.title);
  let pageRef: string | undefined;
  for (let k = c.captions.length - 1; k >= 0 && !pageRef; k--) pageRef = c.captions[k].pageRef;
  const comment = {
    number: c.start.number,
    captions: captionsText,
    pageRef,
    priorCommentRefs: priorRefs(text, span),
    style: c.style,
    span,
    numberSpan,
  } as StaffComment;
  if (c.written !== undefined) comment.written = c.written;
  Object.defineProperty(comment, SOURCE, { value: { text, segs, bullets } });
  Object.defineProperty(comment, 'text', BLOCK_TEXT);
  Object.defineProperty(comment, 'bullets', COMMENT_BULLETS);
  return comment;
}

// A comment's or response's `text` (and a comment's `bullets`) is read from the letter when asked. The accessors are
// the same two functions on every block and their inputs sit in one hidden property, so blocks keep V8's fast
// shape: getters made per object (object-literal `get text()`) turned every block into a dictionary and raised the
// peak of a 1,000-letter scan by a quarter.
const SOURCE = Symbol('source');
interface BlockSource {
  text: string;
  segs: number[];
  bullets?: number[][];
}
const sourceOf = (o: object): BlockSource => (o as unknown as Record<symbol, BlockSource>)[SOURCE];
const BLOCK_TEXT: PropertyDescriptor = {
  enumerable: true,
  get(this: object) {
    const s = sourceOf(this);
    return plainInline(blockText(s.text, s.segs, '\n'));
  },
};
const COMMENT_BULLETS: PropertyDescriptor = {
  enumerable: true,
  get(this: object) {
    const s = sourceOf(this);
    return (s.bullets ?? []).map((b) => plainInline(blockText(s.text, b.flatMap((k) => [s.segs[3 * k], s.segs[3 * k + 1], s.segs[3 * k + 2]]), ' ')));
  },
};

/** Where a row's content lies: after its block markers (and `skipPrefix` more), up to the line end. */
function pushContent(segs: number[], r: Row, skipPrefix: number): void {
  const from = r.line.start + r.b.prefixLength + skipPrefix;
  segs.push(Math.min(from, r.line.end), r.line.end, 0);
}

/**
 * The markdown source of a block from its pieces, as (start, end, literal) triples of offsets into the letter:
 * literal pieces (code) are trimmed, the others lose their HTML comments.
 */
function blockText(text: string, segs: number[], sep: string): string {
  const parts: string[] = [];
  for (let k = 0; k < segs.length; k += 3) {
    const s = text.slice(segs[k], segs[k + 1]);
    parts.push(segs[k + 2] ? s.trim() : stripComments(s));
  }
  return parts.join(sep);
}

function buildResponse(text: string, rows: Row[], o: OpenResponse, closingStart: number | undefined): CompanyResponse {
  const labelRow = rows[o.labelRow];
  const labelStart = labelRow.line.start + labelRow.b.prefixLength;
  const rawBare = labelRow.b.bare;
  // The label ends where its punctuation (and any closing emphasis) ends on the raw line.
  let labelEnd = labelRow.line.end;
  if (o.unlabelled) labelEnd = labelStart;
  else if (o.label.rest) {
    // The body starts at the first occurrence of its text after the word "Response" (never a later repeat).
    const word = /responses?/i.exec(rawBare);
    const from = word ? word.index + word[0].length : 0;
    const head = o.label.rest.slice(0, 16);
    let at = rawBare.indexOf(head, from);
    if (at < 0) {
      // The label's text is compared with runs of spaces made one, and read as a person reads it (lineFacts): where
      // the line has more spaces, or a soft hyphen, a zero-width space or a ligature, find its head in the line so
      // read, with any run of spaces (an expression built only for such a line, not for every label on every check).
      const line = readableWithOffsets(rawBare);
      const find = new RegExp(head.trimEnd().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t\\u00a0]+'), 'g');
      find.lastIndex = line.at.findIndex((o) => o >= from);
      const found = find.exec(line.text);
      at = found ? line.at[found.index] : -1;
    }
    if (at >= 0) labelEnd = labelRow.line.start + labelRow.b.prefixLength + at;
  }
  const paragraphs: Span[] = [];
  let para: Span | undefined;
  let prevIdx = o.labelRow;
  const bodyRows: { start: number; end: number; idx: number }[] = [];
  if (o.label.rest) bodyRows.push({ start: labelEnd, end: labelRow.line.end, idx: o.labelRow });
  for (const idx of o.rows) {
    const r = rows[idx];
    const start = r.literal ? r.line.start : r.line.start + r.b.prefixLength;
    bodyRows.push({ start, end: r.line.end, idx });
  }
  const segs: number[] = [];
  for (const br of bodyRows) {
    const contiguous = br.idx === prevIdx + 1 || br.idx === prevIdx;
    if (para && contiguous) para.end = br.end;
    else {
      if (para) paragraphs.push(para);
      para = { start: br.start, end: br.end };
    }
    prevIdx = br.idx;
    segs.push(br.start, br.end, 0);
  }
  if (para) paragraphs.push(para);
  let end = bodyRows.length ? bodyRows[bodyRows.length - 1].end : labelRow.line.end;
  if (closingStart !== undefined && end > closingStart && labelStart < closingStart) end = closingStart;
  const bodySpan: Span = bodyRows.length ? { start: bodyRows[0].start, end } : { start: labelRow.line.end, end: labelRow.line.end };
  const response = {
    number: o.number,
    labelStyle: o.unlabelled ? 'unlabelled' : o.label.style,
    span: { start: labelRow.line.start, end },
    labelSpan: { start: labelStart, end: Math.max(labelStart, Math.min(labelEnd, labelRow.line.end)) },
    bodySpan,
    paragraphs,
  } as CompanyResponse;
  Object.defineProperty(response, SOURCE, { value: { text, segs } });
  Object.defineProperty(response, 'text', BLOCK_TEXT);
  return response;
}

const PRIOR =
  /\bprior\s+comments?\s+(?:(?:number|no\.)\s+)?(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|zero)((?:\s*(?:,|and|through)\s*\d{1,3})*)/gi;
const RESPONSE_TO =
  /\b(?:your|the|our)\s+response\s+to\s+(?:our\s+)?(?:prior\s+)?comments?\s+(?:(?:number|no\.)\s+)?(\d{1,3})/gi;
const WORDS: Record<string, number> = { zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function priorRefs(text: string, span: Span): PriorCommentRef[] {
  const slice = text.slice(span.start, span.end);
  const out: PriorCommentRef[] = [];
  for (const re of [PRIOR, RESPONSE_TO]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) {
      const word = m[1].toLowerCase();
      const number = /^\d+$/.test(word) ? Number(word) : WORDS[word];
      out.push({ number, text: m[0], span: { start: span.start + m.index, end: span.start + m.index + m[0].length } });
      if (m[2]) {
        for (const extra of m[2].matchAll(/\d{1,3}/g)) {
          const at = span.start + m.index + m[0].length - m[2].length + (extra.index ?? 0);
          out.push({ number: Number(extra[0]), text: extra[0], span: { start: at, end: at + extra[0].length } });
        }
      }
    }
  }
  out.sort((a, b) => a.span.start - b.span.start);
  // "your response to prior comment 3" matches both patterns: keep the first of overlapping matches.
  let end = -1;
  return out.filter((r) => (r.span.start >= end ? ((end = r.span.end), true) : false));
}
