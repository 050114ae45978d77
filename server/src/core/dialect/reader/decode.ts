// Viterbi over (block, label, last comment number): the labelling of the whole letter with the best total score,
// where the score is the sum of each block's emission (weights.ts) and each step's transition and numbering cost
// (transitions.ts). The state carries the last comment number, so "comment numbers run 1..N" is a global constraint,
// not a look-ahead. At most BEAM states are kept per block, so the cost is linear in the number of blocks.
import { FEATURE_NAMES, type Block, type LetterFeatures } from './features';
import { cachesEnabled, perDocument } from '../../incremental/analysis-cache';
import { emission, LABELS, type Label, type Term } from './weights';
import { AFTER_NUMBER_ALONE, CAPTION_AT_END, CAPTION_REFUND, CAPTION_RUN, LIST_AFTER_LEAD_IN, LIST_GOES_ON, NUMBERING, RESTATED_WITH_LABELS, numberingCost, TRANSITIONS, unlabelledAnswer, type From } from './transitions';

const BEAM = 16;

/** For each label, the indexes (in LABELS) of the labels the transition table lets follow it. */
const NEXT = Object.fromEntries(
  (['start', ...LABELS] as From[]).map((from) => [from, LABELS.map((l, j) => (TRANSITIONS[from][l] === undefined ? -1 : j)).filter((j) => j >= 0)]),
) as Record<From, number[]>;

interface State {
  label: Label;
  /** The last comment number started on this path (0 before the first). */
  last: number;
  /** A comment or a response has been seen on this path (the preamble is over). */
  begun: boolean;
  /** Captions in a row up to this block (0 when this block is no caption). */
  run: number;
  /** The last number of a numbered list running inside the current comment or answer (0 when none): "1." that goes
   * back inside an answer opens one, and each next number continues it. */
  list: number;
  score: number;
  /** Index of the previous block's state, -1 at the first block. */
  back: number;
  /** The number this block carries: a comment's number, or the number a response label answers. */
  number: number | undefined;
}

export interface Decision {
  label: Label;
  /** commentStart: the comment's number; responseLabel: the number named (or the open comment's). */
  number: number | undefined;
  /** This block's own contribution: emission plus the step from the previous block. */
  score: number;
}

export interface Alternative {
  label: Label;
  number: number | undefined;
  score: number;
  emission: number;
  transition: number;
  /** The emission's terms (weights.ts). */
  terms: Term[];
  /** The step's parts (transitions.ts): the table's cost, numbering, a caption leading nowhere, … */
  steps: Term[];
}

/** Labels a letter's blocks. Never throws; an empty list of blocks gives an empty list. */
export function decode(blocks: Block[], letter: LetterFeatures): Decision[] {
  if (!cachesEnabled()) return backtrack(viterbi(blocks, letter, [], 0));
  // Column i depends only on the letter's features and on blocks 0..i (their numbers and features): after an edit,
  // the columns before the first block that reads differently are the last decode's, and when no block reads
  // differently (most keystrokes inside a paragraph) neither do the decisions.
  const last = lastDecode();
  let same = 0;
  if (last.blocks && sameLetter(last.letter!, letter)) {
    const n = Math.min(blocks.length, last.blocks.length);
    while (same < n && sameBlock(blocks[same], last.blocks[same])) same++;
    if (same === blocks.length && same === last.blocks.length) {
      last.blocks = blocks;
      return last.decisions!;
    }
  }
  // The last decode's final column holds the letter's end step: never reused.
  const columns = viterbi(blocks, letter, last.columns ?? [], Math.max(0, Math.min(same, (last.columns?.length ?? 0) - 1)));
  const decisions = backtrack(columns);
  Object.assign(last, { blocks, letter: { ...letter }, columns, decisions });
  return decisions;
}

/** The document's last decode: its input, its columns (each a list of states, never changed once made) and result. */
const lastDecode = perDocument((): { blocks?: Block[]; letter?: LetterFeatures; columns?: State[][]; decisions?: Decision[] } => ({}));

/** Every letter feature, so one added later is compared too. */
function sameLetter(a: LetterFeatures, b: LetterFeatures): boolean {
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  for (const k in x) if (x[k] !== y[k]) return false;
  for (const k in y) if (x[k] !== y[k]) return false;
  return true;
}

function sameBlock(a: Block, b: Block): boolean {
  if (a.number !== b.number) return false;
  for (const k of FEATURE_NAMES) if (a.f[k] !== b.f[k]) return false;
  return true;
}

/**
 * Paths more than this far behind the best one at a block are dropped: no later block's features and steps together
 * are worth that much, so they could not win (and dropping them keeps a column to a handful of states).
 */
const HOPELESS = 40;

/** The columns for `blocks`, the first `reuse` of them taken from `known` (computed for the same blocks and letter). */
function viterbi(blocks: Block[], letter: LetterFeatures, known: State[][], reuse: number): State[][] {
  const columns: State[][] = new Array(blocks.length);
  for (let i = 0; i < reuse; i++) columns[i] = known[i];
  let prev: State[] = reuse > 0 ? known[reuse - 1] : [{ label: 'preamble', last: 0, begun: false, run: 0, list: 0, score: 0, back: -1, number: undefined }];
  let startState = reuse === 0;
  const unlabelled = unlabelledAnswer(letter);
  const emit = new Float64Array(LABELS.length);
  const allowed = new Uint8Array(LABELS.length);
  const keys: number[] = [];
  for (let i = reuse; i < blocks.length; i++) {
    const b = blocks[i];
    for (let j = 0; j < LABELS.length; j++) {
      allowed[j] = possible(LABELS[j], b) ? 1 : 0;
      if (allowed[j]) emit[j] = emission(LABELS[j], b.f, letter);
    }
    let column: State[] = [];
    keys.length = 0;
    let best = -Infinity;
    for (let p = 0; p < prev.length; p++) {
      const s = prev[p];
      const from: From = startState ? 'start' : s.label;
      const nexts = NEXT[from];
      for (let t = 0; t < nexts.length; t++) {
        const j = nexts[t];
        if (!allowed[j]) continue;
        const label = LABELS[j];
        // A comment whose number repeats the last one is also tried as the next comment (repeatedNumber).
        const tries = label === 'commentStart' && repeatedNumber(from, s, b, letter) ? 2 : 1;
        for (let v = 0; v < tries; v++) {
          if (!stepCost(from, s, label, b, unlabelled, letter, undefined, v === 1)) continue;
          const step = STEP;
          const score = s.score + step.cost + emit[j];
          if (score < best - HOPELESS) continue;
          if (score > best) best = score;
          const begun = s.begun || label === 'commentStart' || label === 'responseLabel' || (label === 'responseCont' && from === 'preamble');
          const run = label === 'caption' ? s.run + 1 : 0;
          // One state per (label, last number, list number, preamble over, captions in a row): the best path into it.
          const key = j + (begun ? 16 : 0) + run * 32 + step.last * 256 + step.list * 262144;
          const at = keys.indexOf(key);
          if (at < 0) {
            keys.push(key);
            column.push({ label, last: step.last, begun, run, list: step.list, score, back: p, number: step.number });
          } else if (score > column[at].score) {
            column[at] = { label, last: step.last, begun, run, list: step.list, score, back: p, number: step.number };
          }
        }
      }
    }
    if (!column.length) {
      // Nothing allowed (cannot happen with the tables as written): keep the block in the best previous label's part.
      const top = prev.reduce((a, s, k) => (s.score > prev[a].score ? k : a), 0);
      column = [{ ...prev[top], back: top, number: undefined }];
    } else {
      column = column.filter((x) => x.score >= best - HOPELESS);
      if (column.length > BEAM) column = column.sort((x, y) => y.score - x.score).slice(0, BEAM);
    }
    columns[i] = column;
    prev = column;
    startState = false;
  }
  // The letter's end is one more step: captions that lead to it lead to no comment.
  // New states, not changed ones: the column stays as it was for a later decode that reuses it.
  const lastColumn = columns[columns.length - 1];
  if (lastColumn) columns[columns.length - 1] = lastColumn.map((st) => (st.label === 'caption' ? { ...st, score: st.score + CAPTION_AT_END - CAPTION_REFUND * st.run } : st));
  return columns;
}

/** Which labels a block can take at all, from its own features. */
function possible(label: Label, b: Block): boolean {
  const f = b.f;
  if (f.literal) return label === 'commentCont' || label === 'responseCont' || label === 'preamble' || label === 'closing' || label === 'aside';
  switch (label) {
    case 'commentStart':
      return !!(f.numbered || f.commentWord || f.unnumbered);
    case 'responseLabel':
      return !!f.responseLabel;
    case 'caption':
      return !!(f.heading || f.captionCandidate || (f.numbered && f.titleLike));
    default:
      return true;
  }
}

/** The result of the last stepCost call (one object reused: the decoder calls it for every state and label). */
const STEP = { cost: 0, last: 0, list: 0, number: undefined as number | undefined };

/**
 * The cost of the step from state `s` (its label `from`) into `label` at block `b`, with the last comment number
 * after it and the number the block carries, in STEP; false when the step is forbidden. With `parts`, each part of
 * the cost is pushed there by name (for explain).
 */
function stepCost(from: From, s: State, label: Label, b: Block, unlabelled: number | undefined, letter: LetterFeatures, parts?: Term[], renumber = false): boolean {
  const base = TRANSITIONS[from][label];
  if (base === undefined) return false;
  if (label === 'preamble' && s.begun) return false;
  if (label === 'aside' && !s.begun) return false;
  if (label === 'closing' && from !== 'closing' && !(b.f.closingStrong || b.f.closingSoft)) return false;
  // A sign-off or signature ("Sincerely", "/s/") is never part of a restated comment or of an answer, however much
  // bold, italic or company text (an appendix of proposed disclosure) follows it: the letter's closing starts there,
  // and an appendix after it is read for commitments on its own. "* * *" may be an elision and stays possible.
  if (b.f.closingStrong && !b.f.sectionBreak && label !== 'closing' && label !== 'preamble') return false;
  if (label === 'caption' && s.run >= CAPTION_RUN && !b.f.heading) return false;
  if (label === 'responseCont' && from === 'preamble' && !(b.f.namesComment && letter.namedComment !== undefined && !letter.hasLabels)) return false;
  const fromComment = from === 'commentStart' || from === 'commentCont';
  if (label === 'responseCont' && fromComment && (!b.f.paraStart || unlabelled === undefined)) return false;
  const n = label === 'commentStart' ? (renumber ? s.last + 1 : b.number || s.last + 1) : 0;
  if (label === 'commentStart' && from === 'closing' && n <= s.last) return false;
  let cost = base;
  if (parts && base) parts.push(part(`after ${from}`, base));
  if (from === 'caption' && label !== 'caption' && label !== 'commentStart' && s.run) {
    cost -= CAPTION_REFUND * s.run;
    if (parts) parts.push(part('captionLeadsNowhere', -CAPTION_REFUND * s.run));
  }
  // In the opening only for text that is not the staff's: there the number and its text are the company's own heading.
  const ownHeading = from === 'preamble' && label === 'preamble' && b.f.voice <= 0;
  if (b.f.afterNumberAlone && ((from === 'commentStart' && label === 'commentCont') || ((from === 'responseCont' || from === 'responseLabel') && label === 'responseCont') || ownHeading)) {
    cost += AFTER_NUMBER_ALONE;
    if (parts) parts.push(part('afterNumberAlone', AFTER_NUMBER_ALONE));
  }
  if (label === 'commentAgain' && letter.hasLabels) {
    cost += RESTATED_WITH_LABELS;
    if (parts) parts.push(part('restatedWithLabels', RESTATED_WITH_LABELS));
  }
  STEP.last = s.last;
  STEP.number = undefined;
  STEP.list = nextList(s, label, b, renumber);
  if (label === 'responseCont' && fromComment) {
    cost += unlabelled!;
    if (parts && unlabelled) parts.push(part('unlabelledAnswer', unlabelled));
    STEP.number = s.last || undefined;
  } else if (label === 'responseCont' && from === 'preamble') {
    STEP.number = letter.namedComment;
  } else if (label === 'commentStart') {
    const numbering = renumber ? NUMBERING.repeated : numberingCost(s.last, n);
    cost += numbering;
    if (parts && numbering) parts.push(part(renumber ? `repeated ${b.number} read as ${n}` : `numbering ${s.last}→${n}`, numbering));
    if (b.f.afterLeadIn && (from === 'responseCont' || from === 'responseLabel')) {
      cost += LIST_AFTER_LEAD_IN;
      if (parts) parts.push(part('listAfterLeadIn', LIST_AFTER_LEAD_IN));
    }
    if (s.list && n === s.list + 1 && b.number) {
      cost += LIST_GOES_ON;
      if (parts) parts.push(part(`continues list ${s.list}→${n}`, LIST_GOES_ON));
    }
    STEP.last = Math.max(s.last, n);
    STEP.number = n;
  }
  STEP.cost = cost;
  return true;
}

const part = (feature: string, weight: number): Term => ({ feature, value: 1, weight });

/**
 * A plain letter that writes the previous comment's number again for a comment restated after that comment's answer
 * ("1. We note …", its answer, then "1. You disclose …") has made a slip: the staff's numbering runs on. Such a
 * comment may be read as the next one (at NUMBERING.repeated); the written number stays on the comment, where the
 * duplicate-comment-number rule still reports it. Never in the dialect, where the writer's numbers are the letter's,
 * nor in a staff letter, whose numbers are the numbering.
 */
function repeatedNumber(from: From, s: State, b: Block, letter: LetterFeatures): boolean {
  return (
    letter.flavour === 'plain' &&
    !letter.staffLetter &&
    b.number > 0 &&
    b.number === s.last &&
    !!b.f.numbered &&
    !!b.f.opensInStaffVoice &&
    (from === 'responseCont' || from === 'responseLabel' || from === 'commentAgain' || from === 'caption' || from === 'aside')
  );
}

/**
 * The list number after this step. A written number read as part of a comment or an answer opens a list (or continues
 * it), and so does one that goes back even where a path reads it as a duplicate comment; a comment that continues the
 * list (and so paid LIST_GOES_ON) keeps it going, so a run of list items read as comments pays at every item; anything
 * else that opens a new part of the letter ends it.
 */
function nextList(s: State, label: Label, b: Block, renumber: boolean): number {
  const n = b.number;
  switch (label) {
    case 'commentCont':
    case 'responseCont':
    case 'commentAgain':
      return n && b.f.numbered ? n : s.list;
    case 'commentStart':
      // A number that goes back opens a list even where a path reads it as a (duplicate) comment.
      return n && !renumber && ((s.list && n === s.list + 1) || (s.last && n <= s.last)) ? n : 0;
    case 'aside':
    case 'closing':
      return s.list;
    default:
      return 0;
  }
}

function backtrack(columns: State[][]): Decision[] {
  const out: Decision[] = new Array(columns.length);
  if (!columns.length) return out;
  const lastCol = columns[columns.length - 1];
  let k = lastCol.reduce((a, s, j) => (s.score > lastCol[a].score ? j : a), 0);
  for (let i = columns.length - 1; i >= 0; i--) {
    const s = columns[i][k];
    const before = s.back >= 0 && i > 0 ? columns[i - 1][s.back].score : 0;
    out[i] = { label: s.label, number: s.number, score: round(s.score - before) };
    k = s.back;
  }
  return out;
}

/**
 * For `corresp explain`: the decoded labels and, for each block, every label it could have taken after the same
 * previous block, best first, with the terms of each score.
 */
export function decodeExplained(blocks: Block[], letter: LetterFeatures): { decisions: Decision[]; alternatives: Alternative[][] } {
  const columns = viterbi(blocks, letter, [], 0);
  const decisions = backtrack(columns);
  const unlabelled = unlabelledAnswer(letter);
  // Rebuild the chosen path's states to know each block's predecessor.
  const path: State[] = new Array(columns.length);
  if (columns.length) {
    const lastCol = columns[columns.length - 1];
    let k = lastCol.reduce((a, s, j) => (s.score > lastCol[a].score ? j : a), 0);
    for (let i = columns.length - 1; i >= 0; i--) {
      path[i] = columns[i][k];
      k = path[i].back;
    }
  }
  const alternatives: Alternative[][] = blocks.map((b, i) => {
    const s: State = i > 0 ? path[i - 1] : { label: 'preamble', last: 0, begun: false, run: 0, list: 0, score: 0, back: -1, number: undefined };
    const from: From = i > 0 ? s.label : 'start';
    const alts: Alternative[] = [];
    for (const label of LABELS) {
      if (!possible(label, b)) continue;
      const tries = label === 'commentStart' && repeatedNumber(from, s, b, letter) ? 2 : 1;
      for (let v = 0; v < tries; v++) {
        const steps: Term[] = [];
        if (!stepCost(from, s, label, b, unlabelled, letter, steps, v === 1)) continue;
        const step = STEP;
        const terms: Term[] = [];
        const e = emission(label, b.f, letter, terms);
        alts.push({ label, number: step.number, score: round(e + step.cost), emission: round(e), transition: round(step.cost), terms, steps });
      }
    }
    return alts.sort((x, y) => y.score - x.score);
  });
  return { decisions, alternatives };
}

const round = (x: number): number => Math.round(x * 100) / 100;
