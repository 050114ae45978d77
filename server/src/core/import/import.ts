// Staff letter (plain text from a PDF, or EDGAR HTML) → a new response letter in the canonical dialect.
//
// The tolerant reader (parseLetter) finds the comments and captions; this module decides, line by line, what of
// the staff's text belongs to each comment, moves captions the reader left inside a comment back to headings,
// strips page furniture and the staff's boilerplate, and reports what it could not place. It never drops text
// silently: every line it removes from a comment region is either furniture, a caption it re-emits as a heading,
// or staff boilerplate listed in `report.dropped`.

import { stringify } from 'yaml';
import { parseLetter } from '../dialect/parse';
import { lastAtOrBefore } from '../text/lines';
import { furnitureLine, headerLine, pageRefOf, staffVoice } from '../dialect/line-kinds';
import { addBusinessDays } from '../features/status';
import type { Letter, StaffComment } from '../model';
import { htmlToText, looksLikeHtml } from './html-to-text';
import { readReviewers, readReviewOffice, readStaffHead, type StaffHead } from './staff-head';
import { runningHeaderLines } from './running-header';

export interface ImportOptions {
  /** 'html' for EDGAR .htm input; by default the input is sniffed. */
  format?: 'text' | 'html';
  /** The previous round's response letter (its text), so "prior comment N" can be linked to it. */
  priorResponse?: string;
  /** Where that letter is, relative to the draft: written as `prior:` so hovers keep reading it (prior-letter). */
  priorPath?: string;
}

export interface ImportReport {
  /** The comment numbers imported, in order. */
  comments: number[];
  /** Staff text that belongs to no comment and is not known boilerplate (also kept in the draft as a note). */
  unplaced: string[];
  warnings: string[];
  /** Staff boilerplate removed from a comment's region (closing paragraphs, Tandy request). */
  dropped: string[];
}

export interface ImportResult {
  markdown: string;
  report: ImportReport;
}

/** Staff boilerplate that ends the comments (it is not comment text). */
const CLOSING_BOILERPLATE =
  /^(?:(?:In closing, )?[Ww]e remind you that|We urge all persons who are responsible|In responding to our comments, please provide a written statement|You may contact\b|Please contact\b.*\b(?:with any questions|if you have questions|at \(?\d{3})|Refer to Rules 460 and 461|Please allow adequate time for us to review|Sincerely,?$|\/s\/)/;

/** Sentences of the staff's opening that every letter has. */
const OPENING_BOILERPLATE = [
  /^We have (?:reviewed|limited our review|completed our review)\b/i,
  // "In some of our comments, we may ask you", "In our comment, we ask you", "Some of our comments may ask for".
  /^(?:In (?:some of )?our comments?,? we (?:may )?ask you|Some of our comments may ask)\b/i,
  /^We have the following comments? on your\b/i,
  /^Please respond to (?:these comments|this comment|this letter|the comments?|our comments?)/i,
  /^Our review with respect to this issue does not preclude further review\b/i,
  /^If you do not believe\b/i,
  /^After reviewing\b/i,
  /^Where (?:a|the) comment below requests/i,
  /^We may have additional comments\b/i,
];

const BULLET = /^\s*(?:[\u2022\uF0B7\u25AA\u25CF\u2023\u2043\u00B7\u25E6]|[-*\u2013]|o(?=\s))\s+(\S.*)$/;
const BULLET_ALONE = /^\s*[\u2022\uF0B7\u25AA\u25CF\u2023\u2043\u00B7\u25E6]\s*$/;
const SENTENCE_END = /[.?!:;)\]"\u201D\u2019]$/;
const MONTH_DATE_LINE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}$/;

interface Block {
  kind: 'para' | 'bullet';
  text: string;
  /** The lines it was joined from. */
  lines: string[];
}

/** Never throws: a failure becomes a warning and a draft that holds the staff's text as a note. */
export function importStaffLetter(input: string, opts: ImportOptions = {}): ImportResult {
  try {
    return importUnsafe(input, opts);
  } catch (err) {
    const message = `corresp could not import this letter: ${(err as Error)?.message ?? String(err)}`;
    return {
      markdown: `---
company: ''
---

${htmlNote(`${message}. Staff letter: ${input.slice(0, 20000)}`)}
`,
      report: { comments: [], unplaced: [fold(input).slice(0, 200)], warnings: [message], dropped: [] },
    };
  }
}

function importUnsafe(input: string, opts: ImportOptions): ImportResult {
  const report: ImportReport = { comments: [], unplaced: [], warnings: [], dropped: [] };
  let text = input.replace(/^\uFEFF/, '');
  if (opts.format === 'html' || (opts.format === undefined && looksLikeHtml(text))) text = htmlToText(text);
  text = text.replace(/\r\n?/g, '\n');
  const lines = joinBrokenPageRefs(text.split('\n'));
  text = lines.join('\n');

  const letter = parseLetter(text);
  const starts = lineStarts(lines);
  const lineAt = (offset: number) => lineOf(starts, offset);
  const furniture = markFurniture(lines);
  const clean = lines.map((l, i) => (furniture[i] ? '' : l));
  const head = readStaffHead(clean);

  const comments = [...letter.comments].sort((a, b) => a.span.start - b.span.start);
  const captionLines = new Set(letter.captions.map((c) => lineAt(c.span.start)));
  const commentLines = comments.map((c) => lineAt(c.span.start));
  let closingLine = letter.closingStart !== undefined ? lineAt(letter.closingStart) : lines.length;
  if (comments.length && closingLine <= commentLines[commentLines.length - 1]) closingLine = lines.length;

  const office = readReviewOffice(clean, comments.length ? closingLine : 0);
  const reviewers = readReviewers(clean, comments.length ? closingLine : 0);
  const body: string[] = [];
  const seenNumbers = new Set<number>();

  if (!comments.length) {
    report.warnings.push('no numbered staff comments were found in this letter; the draft has no comments to answer');
  }

  // The opening: between the salutation and the first caption or comment.
  const openFrom = head.salutationLine >= 0 ? head.salutationLine + 1 : 0;
  const firstComment = comments.length ? commentLines[0] : closingLine;
  const firstRun = captionRunBefore(clean, openFrom, firstComment, captionLines, true);
  const openingNotes = openingLeftovers(clean.slice(openFrom, firstRun.from));
  for (const n of openingNotes) report.unplaced.push(n);

  const prior = opts.priorResponse !== undefined ? parseLetter(opts.priorResponse) : undefined;

  body.push(introParagraph(head));
  body.push('');
  if (openingNotes.length) {
    body.push(htmlNote(`staff letter, opening: ${openingNotes.join(' ')}`));
    body.push('');
  }

  // First each comment's text, then the repair of a number printed beside the wrong text, then the draft.
  const parts: CommentPart[] = [];
  let titlesBefore = firstRun.titles;
  for (let k = 0; k < comments.length; k++) {
    const c = comments[k];
    const from = commentLines[k];
    const to = k + 1 < comments.length ? commentLines[k + 1] : closingLine;
    // Captions at the end of this region belong to the next comment.
    const nextRun = k + 1 < comments.length ? captionRunBefore(clean, from + 1, to, captionLines, false) : { from: to, titles: [] };
    let regionEnd = nextRun.from;
    // Staff boilerplate that follows the comment (closing paragraphs, Tandy request) is not comment text.
    for (let i = from + 1; i < regionEnd; i++) {
      if (CLOSING_BOILERPLATE.test(clean[i].trim())) {
        const dropped = fold(clean.slice(i, regionEnd).join(' '));
        if (dropped) report.dropped.push(dropped);
        regionEnd = i;
        break;
      }
    }
    const { blocks, trailingGlyphs } = commentBlocks(lines, clean, c, from, regionEnd, starts);
    if (seenNumbers.has(c.number)) report.warnings.push(`comment ${c.number} appears more than once in the staff letter`);
    seenNumbers.add(c.number);
    report.comments.push(c.number);
    // Text the reader did not attach to the comment but that sits in its region: kept, and said so.
    const spanEndLine = lineAt(Math.max(c.span.start, c.span.end - 1));
    const extra = clean.slice(spanEndLine + 1, regionEnd).filter((l) => l.trim()).join(' ');
    if (extra.trim()) report.warnings.push(`comment ${c.number}: kept text after the end the reader found: "${clip(fold(extra))}"`);
    parts.push({ comment: c, titles: titlesBefore, blocks, trailingGlyphs, numberAlone: startsAlone(lines[from], c, starts[from]) });
    titlesBefore = nextRun.titles;
  }
  healNumbersBesideText(parts);

  let levels = { formSeen: false, lastLevel: 1 };
  for (const { comment: c, titles, blocks } of parts) {
    if (!blocks.length || !blocks[0].text) report.warnings.push(`comment ${c.number}: no text was found after its number`);
    if (titles.length) {
      const lv = headingLevels(titles, levels);
      levels = lv.state;
      titles.forEach((title, j) => {
        body.push(`${'#'.repeat(lv.levels[j])} ${escapeStart(escapeInline(title))}`);
        body.push('');
      });
    }
    body.push(...renderComment(c.number, blocks));
    body.push('');
    if (prior) body.push(...priorNotes(c, prior, report));
    body.push('**Response:**');
    body.push('');
  }

  // Anything numbered in the closing is a comment the reader did not find.
  for (let i = closingLine; i < clean.length; i++) {
    const t = clean[i].trim();
    const m = /^(\d{1,3})[.)]\s+(\S.*)$/.exec(t);
    if (m && !seenNumbers.has(Number(m[1])) && Number(m[1]) < 100) {
      report.unplaced.push(t);
      body.push(htmlNote(`staff letter, not placed: ${t}`));
      body.push('');
    }
  }
  const numbers = report.comments;
  for (let i = 1; i < numbers.length; i++) {
    if (numbers[i] !== numbers[i - 1] + 1) report.warnings.push(`comment numbers jump from ${numbers[i - 1]} to ${numbers[i]}`);
  }
  if (numbers.length && numbers[0] !== 1) report.warnings.push(`the first comment is numbered ${numbers[0]}, not 1`);

  body.push('* * *');
  body.push('');
  body.push('If you have any questions regarding these responses, please contact the undersigned.');
  body.push('');
  body.push('Very truly yours,');
  body.push('');

  const fm = frontMatter(head, letter, office, reviewers, prior, opts.priorPath);
  if (!head.date) report.warnings.push('the staff letter date was not found; response-due is not set');
  if (!head.companies.length && !letter.facts.company) report.warnings.push('the Re: block was not found; fill in company, filing and file-number');
  return { markdown: `---\n${fm}---\n\n${body.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`, report };
}

// ---------------------------------------------------------------------------------------------------------------

/** "Management's Discussion ..., page" + "55" on the next line: one caption. */
function joinBrokenPageRefs(lines: string[]): string[] {
  const out = lines.slice();
  for (let i = 0; i < out.length - 1; i++) {
    if (!/,\s*pages?\s*$/i.test(out[i])) continue;
    for (let j = i + 1; j < Math.min(out.length, i + 3); j++) {
      const t = out[j].trim();
      if (!t) continue;
      if (/^(?:[FSA]-)?\d{1,4}$/.test(t)) {
        out[i] = `${out[i].trimEnd()} ${t}`;
        out[j] = '';
      }
      break;
    }
  }
  return out;
}

function lineStarts(lines: string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  return lastAtOrBefore(starts, offset);
}

/** Page numbers, template leftovers, running headers ("Name / Company / Date / Page 2") and the seal caption. */
function markFurniture(lines: string[]): boolean[] {
  const out = lines.map(() => false);
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim();
    if (!t) continue;
    if (/^United States securities and exchange commission logo$/i.test(t)) {
      out[i] = true;
      continue;
    }
    const fur = furnitureLine(t);
    if (!fur) continue;
    out[i] = true;
    if (fur !== 'page') continue;
    // The header block above "Page N": up to three short lines, ending at (and including) a date line.
    let taken = 0;
    for (let j = i - 1; j >= 0 && taken < 3; j--) {
      const s = lines[j].trim();
      if (!s) {
        if (taken) break;
        continue;
      }
      if (out[j]) continue;
      if (!headerLine(s) && !MONTH_DATE_LINE.test(s)) break;
      if (/^\d{1,3}\.?$/.test(s)) break;
      out[j] = true;
      taken++;
    }
  }
  const header = runningHeaderLines(lines);
  return out.map((f, i) => f || header[i]);
}

/** Could this line be a caption (a heading of the staff letter)? */
function captionLike(t: string): boolean {
  if (t.length < 3 || t.length > 160) return false;
  if (!/^(?:[A-Z0-9("\u201C\u2018']|[a-z]\.\s)/.test(t)) return false;
  if (/^\d{1,3}\.(?:\s|$)/.test(t)) return false;
  if (/^(?:Dear|Sincerely|Very truly|cc:|Re:)/i.test(t)) return false;
  if (/[.;:,!?]$/.test(t) && !pageRefOf(t)) return false;
  return t.split(/\s+/).length <= 20;
}

/**
 * The captions right above a comment (scanning up from `to`): lines the reader saw as captions, or caption-like
 * lines after a finished sentence when one of them carries a page reference.
 */
function captionRunBefore(clean: string[], min: number, to: number, captionLines: Set<number>, opening: boolean): { from: number; titles: string[] } {
  const run: number[] = [];
  let j = to - 1;
  for (; j >= min; j--) {
    const t = clean[j].trim();
    if (!t) continue;
    if (captionLines.has(j) || captionLike(t)) run.unshift(j);
    else break;
  }
  if (!run.length) return { from: to, titles: [] };
  const byReader = run.every((i) => captionLines.has(i));
  const prev = j >= min ? clean[j].trim() : '';
  const ok = byReader || ((opening || !prev || SENTENCE_END.test(prev)) && run.some((i) => pageRefOf(clean[i].trim()) || captionLines.has(i)));
  if (!ok) {
    // Keep only the reader's captions at the very end of the run.
    const tail: number[] = [];
    for (let k = run.length - 1; k >= 0 && captionLines.has(run[k]); k--) tail.unshift(run[k]);
    if (!tail.length) return { from: to, titles: [] };
    return { from: tail[0], titles: tail.map((i) => fold(clean[i])) };
  }
  return { from: run[0], titles: run.map((i) => fold(clean[i])) };
}

function headingLevels(titles: string[], state: { formSeen: boolean; lastLevel: number }): { levels: number[]; state: { formSeen: boolean; lastLevel: number } } {
  const isForm = (t: string) => /^(?:Forms?\s+[0-9A-Z]|Amendment\s+No\.|Registration Statement|Schedule\s+1\d|Preliminary|Definitive|Draft Registration|Annual Report on|Quarterly Report on|Current Report on)/i.test(t);
  const levels: number[] = [];
  let formSeen = state.formSeen;
  if (titles.length === 1 && !isForm(titles[0])) {
    levels.push(state.lastLevel > 1 || !formSeen ? state.lastLevel : 2);
  } else {
    let level = isForm(titles[0]) ? 1 : formSeen ? 2 : 1;
    for (const t of titles) {
      if (isForm(t)) {
        level = 1;
        formSeen = true;
      }
      levels.push(Math.min(level, 6));
      level++;
    }
  }
  return { levels, state: { formSeen, lastLevel: levels[levels.length - 1] } };
}

/** The opening's sentences that are not standard boilerplate. */
function openingLeftovers(lines: string[]): string[] {
  const joined = fold(lines.join(' '));
  if (!joined) return [];
  const sentences = joined.split(/(?<=[.!?][\u201D"]?)\s+(?=[A-Z\u201C"])/);
  return sentences.filter((s) => s.trim() && !OPENING_BOILERPLATE.some((re) => re.test(s.trim())));
}

/** The first line of a comment without its number token ("1.", "Comment 1:", "- 5."). */
function afterNumberText(firstLine: string, c: StaffComment, lineStart: number): string {
  const afterNumber = Math.max(0, Math.min(firstLine.length, c.numberSpan.end - lineStart));
  return firstLine
    .slice(afterNumber)
    .replace(/^\s*(?:\*\*|__|\*|_)?\s*[.):\u2013-]?\s*(?:\*\*|__)?\s*/, '')
    .replace(/(?:\*\*|__)\s*$/, '');
}

function startsAlone(firstLine: string, c: StaffComment, lineStart: number): boolean {
  return !afterNumberText(firstLine, c, lineStart).trim();
}

/**
 * A comment's text as paragraphs and bullets, and how many bullet marks stood alone after its last text (a PDF's
 * text can give a page's bullet marks, and the next comment's number, before the words they mark).
 */
function commentBlocks(lines: string[], clean: string[], c: StaffComment, from: number, to: number, starts: number[]): { blocks: Block[]; trailingGlyphs: number } {
  const blocks: Block[] = [];
  const first = afterNumberText(lines[from], c, starts[from]);
  const rows: (string | null)[] = [first.trim() ? first : null];
  for (let i = from + 1; i < to; i++) {
    if (lines[i] !== clean[i]) continue; // furniture: not even a blank
    rows.push(clean[i].trim() ? clean[i] : null);
  }
  let gap = false;
  let glyphs = 0;
  for (const row of rows) {
    if (row === null) {
      gap = true;
      continue;
    }
    const t = row.trim();
    const cur = blocks[blocks.length - 1];
    if (BULLET_ALONE.test(t)) {
      glyphs++;
      gap = false;
      continue;
    }
    const b = BULLET.exec(t);
    if (glyphs || (b && !(cur && !gap && cur.kind === 'para' && /^[-\u2013]/.test(t)))) {
      blocks.push({ kind: 'bullet', text: glyphs ? t : b![1], lines: [glyphs ? t : b![1]] });
      glyphs = 0;
      gap = false;
      continue;
    }
    if (!cur) blocks.push({ kind: 'para', text: t, lines: [t] });
    else if (gap && SENTENCE_END.test(cur.text) && /^[A-Z(\u201C"]/.test(t)) blocks.push({ kind: 'para', text: t, lines: [t] });
    else {
      cur.text = `${cur.text} ${t}`;
      cur.lines.push(t);
    }
    gap = false;
  }
  for (const b of blocks) b.text = fold(b.text);
  return { blocks, trailingGlyphs: glyphs };
}

interface CommentPart {
  comment: StaffComment;
  /** The captions above the comment. */
  titles: string[];
  blocks: Block[];
  trailingGlyphs: number;
  /** The number stood on a line of its own. */
  numberAlone: boolean;
}

/**
 * A number alone on its line whose text opens mid-sentence ("2." then "reimbursements and if historically ...") was
 * printed beside other words than its own: a PDF's text gives a page's left margin (bullet marks, the comment
 * number) before the words beside it. Staff comments open with a sentence, so those words are not the comment's:
 * - after a caption-like line that opens in the staff's voice and does not end ("We note ... and reissue the"), the
 *   number came out between the first two lines of its comment: that line is the comment's first;
 * - otherwise they finish the comment before (its open sentence, or the items its lone bullet marks stood for),
 *   and the comment's text is its next paragraph.
 * Nothing is moved when the comment would be left without text.
 */
function healNumbersBesideText(parts: CommentPart[]): void {
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    const head = part.blocks[0];
    if (!part.numberAlone || !head || !/^[a-z]/.test(head.text)) continue;
    const lastTitle = part.titles[part.titles.length - 1];
    if (lastTitle && staffVoice(lastTitle) && !SENTENCE_END.test(lastTitle) && !pageRefOf(lastTitle)) {
      part.titles = part.titles.slice(0, -1);
      head.text = `${lastTitle} ${head.text}`;
      head.lines.unshift(lastTitle);
      continue;
    }
    const before = parts[k - 1];
    if (!before || part.blocks.length < 2 || head.kind !== 'para') continue;
    part.blocks.shift();
    before.blocks.push(...finishing(before, head));
    before.trailingGlyphs = 0;
  }
}

/** The words a comment's number was printed beside, as the end of the comment before it. */
function finishing(before: CommentPart, moved: Block): Block[] {
  const last = before.blocks[before.blocks.length - 1];
  let lines = moved.lines;
  // The open sentence of the comment before goes on to its end.
  if (last && !SENTENCE_END.test(last.text)) {
    const end = lines.findIndex((l) => SENTENCE_END.test(l));
    const upTo = end < 0 ? lines.length : end + 1;
    last.text = fold(`${last.text} ${lines.slice(0, upTo).join(' ')}`);
    last.lines.push(...lines.slice(0, upTo));
    lines = lines.slice(upTo);
  }
  if (!lines.length) return [];
  const glyphs = before.trailingGlyphs;
  if (!glyphs) return [{ kind: last?.kind === 'bullet' ? 'bullet' : 'para', text: fold(lines.join(' ')), lines }];
  // One item per lone bullet mark: a line each when the counts agree, else a sentence that ends a line each.
  let items: string[][] = [];
  if (lines.length === glyphs) items = lines.map((l) => [l]);
  else {
    for (const l of lines) {
      const prev = items[items.length - 1];
      if (!prev || (SENTENCE_END.test(prev[prev.length - 1]) && /^[A-Z(\u201C"]/.test(l))) items.push([l]);
      else prev.push(l);
    }
    if (items.length !== glyphs) items = [lines];
  }
  return items.map((item) => ({ kind: 'bullet' as const, text: fold(item.join(' ')), lines: item }));
}

function renderComment(n: number, blocks: Block[]): string[] {
  const out: string[] = [];
  const paras = blocks.length ? blocks : [{ kind: 'para' as const, text: '' }];
  let prevKind: Block['kind'] | undefined;
  paras.forEach((b, i) => {
    if (i === 0) {
      if (b.kind === 'para') {
        const [head, tail] = splitFirstLine(escapeInline(b.text));
        out.push(`> **${n}.** ${head}`.trimEnd());
        if (tail) out.push(`> ${tail}`);
      }
      else {
        out.push(`> **${n}.**`);
        out.push('>');
        out.push(`> - ${escapeInline(b.text)}`);
      }
    } else if (b.kind === 'bullet') {
      if (prevKind !== 'bullet') out.push('>');
      out.push(`> - ${escapeInline(b.text)}`);
    } else {
      out.push('>');
      out.push(`> ${escapeStart(escapeInline(b.text))}`);
    }
    prevKind = b.kind;
  });
  return out;
}

/**
 * The reader finds where a comment's text starts on its first line by searching for its first characters; when
 * they recur later on that line it would start there. Break the paragraph (a soft line break, same paragraph)
 * before the recurrence so the first line holds them once.
 */
function splitFirstLine(text: string): [string, string | undefined] {
  const key = text.slice(0, 12);
  if (key.length < 12) return [text, undefined];
  const again = text.indexOf(key, 1);
  if (again < 0) return [text, undefined];
  const cut = text.lastIndexOf(' ', again);
  if (cut <= 0) return [text, undefined];
  return [text.slice(0, cut), escapeStart(text.slice(cut + 1))];
}

/** Markdown-significant characters in the staff's words, escaped so the text reads back verbatim. */
function escapeInline(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/([*`<[\]])/g, '\\$1')
    .replace(/(^|[^A-Za-z0-9])_|_(?=[^A-Za-z0-9]|$)/g, (m) => m.replace('_', '\\_'));
}

/** A paragraph or heading that would start like a list item, a heading or a numbered comment. */
function escapeStart(s: string): string {
  return s.replace(/^(\d{1,9})([.)])/, '$1\\$2').replace(/^([#>+-])/, '\\$1');
}

function htmlNote(s: string): string {
  return `<!-- corresp-import: ${s.replace(/--+/g, '\u2014').replace(/\s+/g, ' ').trim()} -->`;
}

function introParagraph(head: StaffHead): string {
  const company = head.companies[0] ?? '[Company]';
  const dated = head.date ? longDate(head.date) : '[date]';
  const filing = head.filings.length ? head.filings.map((f) => f.form).join(' and ') : '[filing]';
  return (
    `This letter sets forth the responses of ${company} (the "Company") to the comments of the staff (the "Staff") of the ` +
    `Division of Corporation Finance of the Securities and Exchange Commission contained in the Staff's letter dated ${dated} ` +
    `regarding the Company's ${filing}. For your convenience, each of the Staff's comments is repeated below in bold type, ` +
    `followed by the Company's response.`
  );
}

function priorNotes(c: StaffComment, prior: Letter, report: ImportReport): string[] {
  const out: string[] = [];
  const seen = new Set<number>();
  for (const ref of c.priorCommentRefs) {
    if (ref.number === undefined || seen.has(ref.number)) continue;
    seen.add(ref.number);
    const pc = prior.comments.find((x) => x.number === ref.number);
    const pr = prior.responses.find((x) => x.number === ref.number);
    if (!pc && !pr) {
      report.warnings.push(`comment ${c.number} refers to prior comment ${ref.number}, which the previous response letter does not have`);
      continue;
    }
    const parts = [`prior comment ${ref.number}`];
    if (pc) parts.push(`staff: "${clip(pc.text, 300)}"`);
    if (pr) parts.push(`our response: "${clip(pr.text, 400)}"`);
    out.push(htmlNote(parts.join(' | ')));
    out.push('');
  }
  return out;
}

function frontMatter(head: StaffHead, letter: Letter, office: string | undefined, reviewers: string[], prior: Letter | undefined, priorPath: string | undefined): string {
  const fm: Record<string, unknown> = {};
  const companies = head.companies.length ? head.companies : letter.facts.company ? [letter.facts.company] : [];
  fm.company = companies.length ? companies[0] : '';
  if (companies.length > 1) fm.companies = companies;
  const filings = head.filings;
  fm.filing = filings.length ? filings[0].form : letter.facts.filing ?? '';
  const filed = filings.find((f) => f.filed)?.filed ?? letter.facts.filed;
  if (filed) fm.filed = filed;
  if (filings.length > 1) fm.filings = filings.map((f) => (f.filed ? { form: f.form, filed: f.filed } : { form: f.form }));
  const fileNumbers = head.fileNumbers.length ? head.fileNumbers : letter.facts.fileNumber ? [letter.facts.fileNumber] : [];
  fm['file-number'] = fileNumbers.length ? fileNumbers[0] : '';
  if (fileNumbers.length > 1) fm['file-numbers'] = fileNumbers;
  if (head.date) {
    fm['staff-letter'] = head.date;
    const due = addBusinessDays(head.date, 10);
    if (due) fm['response-due'] = due;
  }
  if (office) fm['review-office'] = office;
  // The response is addressed to the staff who reviewed the filing (the address block's "Attention:" lines).
  if (reviewers.length) fm.attention = reviewers;
  if (head.priorResponseDate) fm['prior-response'] = head.priorResponseDate;
  if (prior?.facts.responseDate) fm['prior-letter'] = prior.facts.responseDate;
  if (prior && priorPath) fm.prior = priorPath;
  // Who signs is the company's decision, never read from the staff letter (its addressee is not necessarily the
  // signer): the key is left for the drafter, and the export prints "/s/" only with `signed: true`.
  return `${stringify(fm, { lineWidth: 0 })}# signer: Name, Title        (who signs the response)\n# response-date: YYYY-MM-DD  (the date the letter is sent)\n# signed: true               (only once the signer has approved: the export then adds "/s/ Name")\n`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${MONTHS[Number(m[2]) - 1]} ${Number(m[3])}, ${m[1]}` : iso;
}

function fold(s: string): string {
  return s.replace(/[\s\u00A0]+/g, ' ').trim();
}

function clip(s: string, n = 80): string {
  const f = fold(s);
  return f.length > n ? `${f.slice(0, n - 1)}\u2026` : f;
}
