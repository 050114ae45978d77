// Which label may follow which, and at what cost (added to the path's score; 0 = free, negative = a cost, absent =
// forbidden). Read a row as "after a block labelled <from>, the next block may be …".
import type { LetterFeatures } from './features';
import type { Label } from './weights';

export type From = Label | 'start';

export const TRANSITIONS: Record<From, Partial<Record<Label, number>>> = {
  start: { preamble: 0, caption: 0, commentStart: 0, responseLabel: 0 },
  // A letter without comments (an acceleration request, "we have completed our review") still has its closing.
  // The answer of a letter that restates nothing may start in the opening, at the paragraph naming the comment it
  // answers (decode.ts allows that step only there).
  preamble: { preamble: 0, caption: 0, commentStart: 0, responseLabel: -1, responseCont: -1, closing: 0 },
  // A caption leads to a comment (or to more captions, at most CAPTION_RUN). Leading anywhere else costs this and
  // CAPTION_REFUND per caption of the run: only a markdown heading (weight 6) pays for that, so a short plain line is
  // a caption only when a comment follows it.
  caption: { caption: 0, commentStart: 0, preamble: -3, aside: -3, responseLabel: -3, closing: -3 },
  // responseCont right after a comment is an answer with no label: its cost is `unlabelledAnswer` below.
  commentStart: { commentCont: 0, responseLabel: 0, responseCont: 0, commentStart: -0.5, caption: 0, closing: 0 },
  commentCont: { commentCont: 0, responseLabel: 0, responseCont: 0, commentStart: 0, caption: 0, closing: 0 },
  // "Response:" twice in a row is one answer in two parts more often than two answers.
  responseLabel: { responseCont: 0, commentStart: 0, responseLabel: -1, caption: 0, closing: 0 },
  // Letters that do not restate the comments go from one answer's text to the next label: allowed, at a small cost.
  responseCont: { responseCont: 0, commentStart: 0, responseLabel: -0.5, commentAgain: 0, caption: 0, closing: 0 },
  // A restated staff bullet inside the answer; the answer goes on after it. Kept in the response (the model has one
  // comment and one response per number), so `text` of the comment is its part before the first answer.
  commentAgain: { commentAgain: 0, responseCont: 0, commentStart: 0, responseLabel: 0, caption: 0, closing: 0 },
  // The closing ends the body; only a later comment number re-opens it (a "please contact" sentence mid-letter).
  closing: { closing: 0, commentStart: -3 },
  aside: { aside: 0, caption: 0, commentStart: 0, responseLabel: 0, closing: 0 },
};

/**
 * The cost of an answer with no label (a comment's block followed by a company block): cheap when the letter's
 * opening says the answers follow the comments, dear when the letter labels its answers elsewhere; undefined
 * (forbidden) in a markdown letter that labels its answers.
 */
export function unlabelledAnswer(letter: LetterFeatures): number | undefined {
  if (letter.answersFollow) return 1;
  // The dialect labels every answer: text after a comment without its label is a missing response (a rule says so),
  // so there the step is forbidden.
  if (letter.flavour === 'markdown' && letter.hasLabels) return undefined;
  if (letter.hasLabels) return -3;
  return -1;
}

/** A staff bullet restated inside an answer, in a letter that labels its answers (where it is more likely an
 * unnumbered comment of its own, or quoted text). */
export const RESTATED_WITH_LABELS = -3;

/** The longest run of plain captions before a comment ("Form 10-K …", "Notes to Financial Statements", "Note 2. …"). */
export const CAPTION_RUN = 5;
/** Captions at the very end of the letter lead to no comment: the step "after caption" into the end. */
export const CAPTION_AT_END = -3;
/** Taken back per caption of a run that leads to no comment: what a plain caption candidate earned (weights.ts). */
export const CAPTION_REFUND = 1.5;

/**
 * The block after a number alone ("1." in one table cell, its text in the next) belongs to what the number opened:
 * the comment after commentStart, the list item after a number inside an answer, a numbered heading of the company's
 * own answer (its text not in the staff's voice) in the opening of a letter that restates its comment without a
 * number (so the bonus never pays for reading that list as comments).
 */
export const AFTER_NUMBER_ALONE = 3;

/** The global numbering constraint: comment numbers run 1..N, or continue a prior round's. */
export const NUMBERING = {
  /** n = last + 1: the next comment. */
  next: 0,
  /** The first comment of a letter is not 1: a follow-up letter continuing the numbering of a prior round. */
  continuesPriorRound: -1,
  /** Per number skipped (n > last + 1), at most `maxSkipped` counted. */
  perSkipped: -1.5,
  maxSkipped: 4,
  /** n ≤ last: a number that goes back is a list item or a section number — or a duplicate, which a rule reports. */
  goesBack: -4,
  /** n = last, in the staff's voice after last's answer, read as last + 1: a slip in a plain letter (decode.ts,
   * repeatedNumber). Dearer than the next number, cheaper than a number that goes back. */
  repeated: -2,
};

/**
 * A comment whose number is the next item of a numbered list running inside the answer (or comment) before it:
 * "1." went back inside the answer, so "2." after it is more likely the list's second item than comment 2. Paid at
 * every item a path reads as a comment, so a whole list read as comments costs as much as it is long.
 */
export const LIST_GOES_ON = -3;

/**
 * A number right after an answer's line that ends with a colon ("… as described below:") opens the list that line
 * announces, not the next comment: a response rarely ends on a colon just before the next comment.
 */
export const LIST_AFTER_LEAD_IN = -3;

export function numberingCost(last: number, n: number): number {
  if (n === last + 1) return NUMBERING.next;
  if (last === 0) return NUMBERING.continuesPriorRound;
  if (n > last) return NUMBERING.perSkipped * Math.min(n - last - 1, NUMBERING.maxSkipped);
  return NUMBERING.goesBack;
}
