// Blocks and their named features: what the reader knows about each block before it decides anything.
//
// A block is a run of content lines (a paragraph, a table cell, a heading) after page furniture is gone. A block also
// ends before any line that could open something on its own — a number, a response label, a closing, a caption — so
// that line gets its own block and the decoder (decode.ts) can say whether it really opens something.
// Every feature here is named and numeric; weights.ts says how much each counts for each label.
import type { BareLine, CommentStart, ResponseLabel } from '../line-kinds';
import type { Line } from '../../text/lines';

/** What the reader needs of a classified line (parse.ts's Row has these). */
export interface RowView {
  line: Line;
  b: BareLine;
  detect: string;
  /** Blank, furniture, an HTML comment or front matter: never content. */
  skip: boolean;
  /** Inside a fenced or indented code block: body text only. */
  literal: boolean;
  /** First content line after a blank line, a heading, or at the start of the body. */
  paraStart: boolean;
  start?: CommentStart;
  label?: ResponseLabel;
  closing?: 'strong' | 'soft';
  caption: 'heading' | 'candidate' | undefined;
  /** Staff-voice and company-voice cues on this line, and its words (voice.ts). */
  voice: VoiceCount;
  /** The line was removed as page furniture (page number, running header, template leftover, confidentiality legend). */
  furniture?: string;
}

export interface VoiceCount {
  staff: number;
  company: number;
  words: number;
  /** Characters of the line (markers peeled off) and how many of them are in bold or italic. */
  chars?: number;
  emphasised?: number;
}

/** What a line adds to its block's voice and emphasis; computed once per line text (parse.ts memoises it). */
export function lineCues(detect: string, bare: string, openedWithEmphasis: boolean): VoiceCount {
  const v = countVoice(detect);
  v.chars = bare.length;
  v.emphasised = emphasisChars(bare, openedWithEmphasis);
  return v;
}

/** The named features of one block. All numbers; 0 means absent. */
export interface BlockFeatures {
  /** The block opens with a comment number ("1.", "Comment 3") — the number itself is in `number`. */
  numbered: number;
  /** A paragraph in the staff's voice with no number at all (voice above 0.3): in a response letter that restates
   * the comments without their numbers, the comment after the previous one. */
  unnumbered: number;
  /** "Comment:" with no number: the comment after the previous one. */
  commentWord: number;
  /** The number is marked strongly: bold or italic, a "Comment N" heading, or a markdown blockquote. */
  numberStrong: number;
  /** The number stands alone on its line (EDGAR tables: "1." in one cell, the comment in the next). */
  numberAlone: number;
  /** The previous block was a number alone: this block is that comment's text. */
  afterNumberAlone: number;
  /** The block opens with a list bullet ("- 5. Tell us", "• Provide us …"). */
  listMarker: number;
  /** The text after the number opens the way staff comments open ("We note", "Please", "Tell us", "Revise"). */
  opensInStaffVoice: number;
  /** The text after the number reads like a section heading ("3. Revenue from Contracts with Customers"). */
  titleLike: number;
  /** Voice of the block's text, from -1 (company: "we", "our", "the Company", "respectfully") to +1 (staff: "you",
   * "your", "please", "tell us"), normalised by length (voice.ts). */
  voice: number;
  /** A numbered block of eight words or more without one staff cue ("you", "your", "please", "tell us"): the staff's
   * comments nearly always address the company, so this is more likely the company's own numbered list. */
  noStaffCue: number;
  /** The block opens the way answers open: "The Company respectfully advises", "We acknowledge the Staff's comment",
   * "In response to the Staff's comment". */
  opensAsAnswer: number;
  /** The block has at least one staff- or company-voice cue: it speaks, so it is no heading. */
  voiced: number;
  /** Share of the block's text in bold or italic (markdown), for blocks of eight words or more. */
  emphasis: number;
  /** A markdown blockquote (the dialect restates comments in blockquotes). */
  quote: number;
  /** A markdown heading. */
  heading: number;
  /** A short line that can be a caption ("Goodwill, page 84", "Form 10-K for the Year Ended ..."). */
  captionCandidate: number;
  /** A response label ("Response:", "Response to Comment 3:", "Acme Response:"). */
  responseLabel: number;
  /** The label names a comment number. */
  labelNumbered: number;
  /** A closing that ends the body ("Sincerely", "/s/", "* * *", "We remind you"). */
  closingStrong: number;
  /** "* * *": ends the body in the dialect, but real letters also use it to mark text left out of a quotation. */
  sectionBreak: number;
  /** A closing that may also be a sentence ("Please contact …", "If you have any questions …"). */
  closingSoft: number;
  /** The block starts after a blank line (or a heading): a new paragraph. */
  paraStart: number;
  /** The block starts in the middle of a sentence: the line before it ends without punctuation ("see Note" / "3."). */
  midSentence: number;
  /** The block follows page furniture and starts lower-case: the sentence before the page break goes on. */
  continuesAcrossPage: number;
  /** Code (fenced or indented): never opens anything. */
  literal: number;
  /** The block names the one comment a letter that restates nothing answers ("related to Question 3 of your letter"). */
  namesComment: number;
  /** The line before the block ends with a colon ("… as described below:"): what follows is the list or text that line
   * announces. */
  afterLeadIn: number;
}

export type FeatureName = keyof BlockFeatures;

/** Features of the letter as a whole (one value for every block). */
export interface LetterFeatures {
  /** The letter's opening reads like the staff's ("We have reviewed your filing"). */
  staffLetter: boolean;
  /** Some line is a response label. */
  hasLabels: boolean;
  /** The opening says the answers follow the comments ("our responses follow each comment") and no label exists. */
  answersFollow: boolean;
  flavour: 'markdown' | 'plain';
  /** The letter labels its answers and numbers nothing: its restated comments, if any, carry no number
   * (set by readBlocks). Only then can a paragraph in the staff's voice open a comment without a number. */
  unnumberedComments?: boolean;
  /** A plain company letter that numbers no comment but names exactly one comment of the staff's letter ("Question
   * 3", "comment 3"): a supplemental answer to that comment (set by readBlocks). Without labels its answer starts at
   * the paragraph naming it (decode.ts); with them, a bare label under no comment answers it (parse.ts). */
  namedComment?: number;
}

export interface Block {
  /** Row index of the block's first line. */
  first: number;
  /** Row indexes of its lines (content and literal), in order. */
  rows: number[];
  /** The comment number the block opens with (0 when none or implicit). */
  number: number;
  f: BlockFeatures;
}

const TERMINAL = /[.!?:;)"'\u201D\u2019\]]\s*(?:\*\*|__|\*|_)?$/;
/**
 * The end of a line that wants a number next: "in Item" / "1. Business", "on pages 77 and" / "79.". A numbered line
 * after it goes on the sentence (a wrapped line). The commitment detector's sentences use all of it; the reader only
 * the second form (NUMBER_LIST_GOES_ON): in a staff letter's caption, "Results of Operations, page" / "34" / "3." the
 * page number is furniture and "3." opens the comment.
 */
export const WANTS_NUMBER = /(?:\b(?:Notes?|Items?|Rules?|Sections?|Nos?|Articles?|Parts?|Topics?|Questions?|paragraphs?|pages?)\.?|\b\d{1,4}[A-Za-z]?,?\s+(?:and|or|through|to))$/i;
/** A list of numbers that goes on at the next line: "on pages 77 and" / "79.". */
export const NUMBER_LIST_GOES_ON = /\b\d{1,4}[A-Za-z]?,?\s+(?:and|or|through|to)$/i;
/** A word that leaves a sentence open at the end of a line: a number or more words must follow ("see Note" / "3."). */
const DANGLING_WORD = /\b(?:Note|Notes|Item|Items|Rule|Section|No|Nos|Article|Part|Topic|Question|paragraph|and|or|the|of|in|to|see|under|per)\.?$/i;
const PAGE_CAPTION_END = /\bpages?\s+(?:[A-Z]-)?\d{1,4}\s*$/i;

/** Splits the classified rows into blocks and computes each block's features. Linear in the rows. */
export function readBlocks(rows: RowView[], letter: LetterFeatures): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let prevContent = -1;
  let furnitureSince = false;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.skip) {
      if (r.furniture) furnitureSince = true;
      continue;
    }
    if (r.literal) {
      if (current) current.rows.push(i);
      else {
        current = { first: i, rows: [i], number: 0, f: emptyFeatures() };
        current.f.literal = 1;
        blocks.push(current);
      }
      continue;
    }
    const opens = !current || r.paraStart || !!r.start || !!r.label || !!r.closing || !!r.caption || (prevContent >= 0 && rows[prevContent].start !== undefined && !rows[prevContent].start!.rest);
    if (opens) {
      const prev = prevContent >= 0 ? rows[prevContent] : undefined;
      current = { first: i, rows: [i], number: 0, f: openingFeatures(r, prev, furnitureSince, letter) };
      const last = blocks[blocks.length - 1];
      if (last && last.f.numberAlone && last.rows[last.rows.length - 1] === prevContent) current.f.afterNumberAlone = 1;
      if (r.start && !r.start.implicit) current.number = r.start.number;
      blocks.push(current);
    } else current!.rows.push(i);
    prevContent = i;
    furnitureSince = false;
  }
  let numbers = 0;
  for (const b of blocks) if (b.f.numbered || b.f.commentWord) numbers++;
  letter.unnumberedComments = letter.hasLabels && numbers === 0;
  letter.namedComment = numbers === 0 && !letter.staffLetter && letter.flavour === 'plain' ? namedComment(blocks, rows, !letter.hasLabels) : undefined;
  for (const b of blocks) finishFeatures(b, rows, letter);
  for (let k = 0; k + 1 < blocks.length; k++) if (blocks[k].f.numberAlone && blocks[k + 1].f.afterNumberAlone) lendText(blocks[k], blocks[k + 1], rows);
  return blocks;
}

/** "comment 3", "Comment No. 3", "Question 3" — one comment, not "comments 2 and 3". */
const NAMED_COMMENT = /\b(?:comment|question)\s+(?:No\.?\s*|number\s+|#)?(\d{1,3})\b(?!\s*(?:,|and|through|to|-|\u2013)\s*\d)/gi;

/** The one comment number the letter's text names (with `mark`, marking the blocks that name it), or undefined. */
function namedComment(blocks: Block[], rows: RowView[], mark: boolean): number | undefined {
  let named: number | undefined;
  const naming: Block[] = [];
  for (const b of blocks) {
    for (const i of b.rows) {
      NAMED_COMMENT.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = NAMED_COMMENT.exec(rows[i].detect))) {
        const n = Number(m[1]);
        if (named !== undefined && n !== named) return undefined;
        named = n;
        if (naming[naming.length - 1] !== b) naming.push(b);
      }
    }
  }
  if (mark) for (const b of naming) b.f.namesComment = 1;
  return named;
}

/** Every feature a block has (each block's features are made by emptyFeatures and only set, never added to). */
export const FEATURE_NAMES = Object.keys(emptyFeatures()) as FeatureName[];

function emptyFeatures(): BlockFeatures {
  return {
    numbered: 0, unnumbered: 0, commentWord: 0, numberStrong: 0, numberAlone: 0, afterNumberAlone: 0, listMarker: 0, opensInStaffVoice: 0,
    titleLike: 0, voice: 0, voiced: 0, noStaffCue: 0, opensAsAnswer: 0, emphasis: 0, quote: 0, heading: 0, captionCandidate: 0, responseLabel: 0, labelNumbered: 0,
    closingStrong: 0, sectionBreak: 0, closingSoft: 0, paraStart: 0, midSentence: 0, continuesAcrossPage: 0, literal: 0, namesComment: 0, afterLeadIn: 0,
  };
}

function openingFeatures(r: RowView, prev: RowView | undefined, afterFurniture: boolean, letter: LetterFeatures): BlockFeatures {
  const f = emptyFeatures();
  const s = r.start;
  if (s) {
    if (s.implicit) f.commentWord = 1;
    else f.numbered = 1;
    f.numberStrong = (s.heading && !s.implicit) || r.b.emphasis || (r.b.quote && letter.flavour === 'markdown') ? 1 : 0;
    f.numberAlone = !s.implicit && !s.rest ? 1 : 0;
    f.opensInStaffVoice = s.rest && staffOpening(s.rest) ? 1 : 0;
    f.titleLike = s.rest && titleLike(s.rest) ? 1 : 0;
  }
  f.listMarker = r.b.listMarker ? 1 : 0;
  f.quote = r.b.quote && letter.flavour === 'markdown' ? 1 : 0;
  f.heading = r.b.headingLevel > 0 ? 1 : 0;
  f.captionCandidate = r.caption === 'candidate' ? 1 : 0;
  if (r.label) {
    f.responseLabel = 1;
    f.labelNumbered = r.label.number !== undefined ? 1 : 0;
  }
  f.closingStrong = r.closing === 'strong' ? 1 : 0;
  f.sectionBreak = r.closing === 'strong' && /^[*\s]+$/.test(r.b.bare || r.line.text) ? 1 : 0;
  f.closingSoft = r.closing === 'soft' && (r.paraStart || letter.flavour === 'plain') ? 1 : 0;
  f.paraStart = r.paraStart ? 1 : 0;
  f.opensAsAnswer = ANSWER_OPENING.test(r.detect) ? 1 : 0;
  f.afterLeadIn = prev && /:\s*$/.test(prev.detect) && !prev.label ? 1 : 0;
  if (prev && !r.paraStart) {
    const t = prev.detect;
    // A caption line ends without punctuation too; only a body line (or a dangling "Note", "and") leaves a sentence open.
    // Run-on text split before a comment number (parse.ts splitRunOnLines) was split there on purpose.
    const virtualSplit = prev.line.end === r.line.start;
    f.midSentence = !virtualSplit && !prev.caption && !TERMINAL.test(t) && !PAGE_CAPTION_END.test(t) && (/[a-z,]$/.test(t) || DANGLING_WORD.test(t)) ? 1 : 0;
  }
  if (prev && afterFurniture && /^[a-z(,;]/.test(r.detect) && !TERMINAL.test(prev.detect)) f.continuesAcrossPage = 1;
  return f;
}

function finishFeatures(b: Block, rows: RowView[], letter: LetterFeatures): void {
  let staff = 0;
  let company = 0;
  let words = 0;
  let chars = 0;
  let emphasised = 0;
  for (const i of b.rows) {
    const r = rows[i];
    if (r.literal) continue;
    staff += r.voice.staff;
    company += r.voice.company;
    words += r.voice.words;
    chars += r.voice.chars ?? 0;
    emphasised += r.voice.emphasised ?? 0;
  }
  b.f.voice = voiceScore(staff, company, words);
  b.f.voiced = staff + company > 0 ? 1 : 0;
  b.f.unnumbered = letter.unnumberedComments && !b.f.numbered && !b.f.commentWord && !b.f.responseLabel && !b.f.literal && !b.f.heading && b.f.paraStart && b.f.voice > 0.3 ? 1 : 0;
  b.f.noStaffCue = (b.f.numbered || b.f.commentWord) && !b.f.numberAlone && staff === 0 && words >= 8 ? 1 : 0;
  // Bold headings and table cells say nothing about who speaks; a restated comment in bold is a sentence or more.
  b.f.emphasis = chars && words >= 8 ? Math.round(Math.min(1, emphasised / chars) * 100) / 100 : 0;
  // A number with a title on its line, in the company's voice ("1. Monthly Sales Reporting Primarily Reflects Sales By
  // Our Dealers", in italics): the company's own heading, as when the number stands alone above it (lendText).
  if (b.f.numbered && !b.f.numberAlone && companysHeading(b.f, b.f.voice)) b.f.numberStrong = 0;
}

/**
 * A number alone on its line ("1." in one table cell, its text in the next) is read with its text: whether the text
 * opens the way the staff's comments open or as an answer does, speaks without a staff cue, in whose voice, and
 * whether it is a title, says whether the number opens a comment or an item (or heading) of the company's own list.
 */
function lendText(number: Block, text: Block, rows: RowView[]): void {
  const first = rows[text.first].detect;
  let staff = 0;
  let words = 0;
  for (const i of text.rows) {
    if (rows[i].literal) continue;
    staff += rows[i].voice.staff;
    words += rows[i].voice.words;
  }
  const f = number.f;
  f.opensInStaffVoice = staffOpening(first) ? 1 : 0;
  f.opensAsAnswer = text.f.opensAsAnswer;
  f.voice = text.f.voice;
  f.noStaffCue = staff === 0 && words >= 8 ? 1 : 0;
  // "1." then "Monthly Sales Reporting Primarily Reflects Sales By Our Dealers": a numbered heading of the company's.
  f.titleLike = text.rows.length === 1 && titleLike(first) ? 1 : 0;
  // A title or a text without a staff cue, in the company's voice ("… By Our Dealers"): bold or italic there marks the
  // company's own heading, not a comment.
  if (companysHeading(f, text.f.voice)) f.numberStrong = 0;
}

/** A numbered title, or text without a staff cue, in the company's voice: the company's own heading. */
function companysHeading(f: BlockFeatures, voice: number): boolean {
  return (f.titleLike > 0 || f.noStaffCue > 0) && voice < 0;
}

/**
 * Voice from cue counts, normalised by length: (staff − company) / (staff + company + 1), scaled down for blocks
 * whose cues are sparse for their length (fewer than one cue per 40 words), so one "your" in a long answer does not
 * make it the staff's.
 */
export function voiceScore(staff: number, company: number, words: number): number {
  const cues = staff + company;
  if (!cues) return 0;
  const balance = (staff - company) / (cues + 1);
  const density = Math.min(1, (cues * 40) / Math.max(words, 1));
  return Math.round(balance * (0.5 + 0.5 * density) * 100) / 100;
}

/** Characters inside `**…**`, `__…__`, `*…*` or `_…_` on a line (its leading marker already peeled off). */
function emphasisChars(bare: string, openedWithEmphasis: boolean): number {
  if (bare.indexOf('*') < 0 && bare.indexOf('_') < 0) return 0;
  let n = 0;
  if (openedWithEmphasis) {
    const close = bare.search(/\*\*|__|(?<=\S)[*_](?!\w)/);
    n += close < 0 ? bare.length : close;
  }
  const re = /(\*\*|__)(?=\S)([\s\S]*?\S)\1|(?<![\w*])([*_])(?=\S)([^*_]*?\S)\3(?![\w*])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(bare))) n += (m[2] ?? m[4] ?? '').length;
  return Math.min(n, bare.length);
}

const STAFF_OPENING =
  /^(?:We (?:note|also note|noticed|see|understand|refer|are unable|are aware|believe|remind|reissue)|Please|Tell us|Refer to|Explain|Describe|Provide|Revise|Disclose|Clarify|Quantify|Expand|Confirm|Identify|Discuss|Advise|Show us|In (?:your|future filings)|You (?:state|disclose|indicate|present|note|refer|have|reference|also)|Your|It (?:appears|is unclear))\b/;

const ANSWER_OPENING =
  /^(?:(?:The Company|The Registrant|We|Management)\s+(?:respectfully\s+|hereby\s+|supplementally\s+)?(?:acknowledges?|advises?|confirms?|submits?|informs?|agrees?|notes? (?:the Staff|that the Staff)|directs? the Staff|refers? the Staff)\b|In response to (?:the|this|your|these) (?:Staff['\u2019]s )?comments?\b|As (?:requested|discussed with the Staff)\b)/i;

function staffOpening(rest: string): boolean {
  return STAFF_OPENING.test(rest.replace(/^["\u201C(]+/, ''));
}

/** A heading: short, no sentence ending, most words capitalised ("Revenue from Contracts with Customers"). */
function titleLike(rest: string): boolean {
  const t = rest.replace(/[*_]/g, '').trim();
  if (t.length > 90 || /[.;:?!]$/.test(t) && !PAGE_CAPTION_END.test(t.replace(/\.$/, ''))) return false;
  const words = t.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w));
  if (!words.length || words.length > 12) return false;
  const small = /^(?:a|an|and|as|at|by|for|from|in|of|on|or|the|to|with|under|into|per|pages?)$/;
  const capital = words.filter((w) => /^[A-Z]/.test(w)).length;
  const lower = words.filter((w) => !/^[A-Z]/.test(w) && !small.test(w)).length;
  return capital >= 1 && lower === 0;
}

const STAFF_CUE = /\b(?:you|your|yours|please|tell us|we note that you|explain|refer to|provide us|it appears|it is unclear|we may have additional comments|revise|clarify)\b/gi;
/** "revise" and "clarify" are the staff's only as requests: at the start of a sentence or after "please". */
const REQUEST_BEFORE = /(?:^|[.;:]\s*|\bplease\s+)$/i;
const COMPANY_CUE =
  /\b(?:the Company|our|ours|respectfully|in response|management (?:believes|has|concluded|determined|considers)|the Staff|Staff['\u2019]s|supplementally|we(?! (?:note|also note|noticed|see|refer|remind|urge|may have|are unable|request|reissue)\b)|the Registrants?)\b/gi;

/** Staff and company voice cues on one line of text, and its words. */
export function countVoice(text: string): VoiceCount {
  if (!text) return { staff: 0, company: 0, words: 0 };
  let staff = 0;
  let company = 0;
  STAFF_CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STAFF_CUE.exec(text))) {
    const w = m[0].charCodeAt(0) | 32;
    if ((w === 114 || w === 99) && !REQUEST_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue; // r(evise), c(larify)
    staff++;
  }
  COMPANY_CUE.lastIndex = 0;
  while (COMPANY_CUE.exec(text)) company++;
  let words = 0;
  for (let i = 0, inWord = false; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return { staff, company, words };
}
