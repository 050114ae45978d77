// Viterbi over (block, label, last comment number): the labelling of the whole letter with the best total score,
// where the score is the sum of each block's emission (weights.ts) and each step's transition and numbering cost
// (transitions.ts). The state carries the last comment number, so "comment numbers run 1..N" is a global constraint,
// not a look-ahead. At most BEAM states are kept per block, so the cost is linear in the number of blocks.
import type { Block, LetterFeatures } from './features';
import { emission, LABELS, type Label, type Term } from './weights';
import { AFTER_NUMBER_ALONE, CAPTION_REFUND, CAPTION_RUN, RESTATED_WITH_LABELS, numberingCost, TRANSITIONS, unlabelledAnswer, type From } from './transitions';

const BEAM = 16;

interface State {
  label: Label;
  /** The last comment number started on this path (0 before the first). */
  last: number;
  /** A comment or a response has been seen on this path (the preamble is over). */
  begun: boolean;
  /** Captions in a row up to this block (0 when this block is no caption). */
  run: number;
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
  const columns = viterbi(blocks, letter);
  return backtrack(columns);
}

function viterbi(blocks: Block[], letter: LetterFeatures): State[][] {
  const columns: State[][] = new Array(blocks.length);
  let prev: State[] = [{ label: 'preamble', last: 0, begun: false, run: 0, score: 0, back: -1, number: undefined }];
  let startState = true;
  const unlabelled = unlabelledAnswer(letter);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const emissions = new Map<Label, number>();
    for (const label of LABELS) if (possible(label, b)) emissions.set(label, emission(label, b.f, letter));
    const next = new Map<string, State>();
    for (let p = 0; p < prev.length; p++) {
      const s = prev[p];
      const from: From = startState ? 'start' : s.label;
      for (const [label, e] of emissions) {
        const step = stepCost(from, s, label, b, unlabelled, letter);
        if (step === undefined) continue;
        const score = s.score + step.cost + e;
        const begun = s.begun || label === 'commentStart' || label === 'responseLabel';
        const run = label === 'caption' ? s.run + 1 : 0;
        const key = `${label}|${step.last}|${begun ? 1 : 0}|${run}`;
        const old = next.get(key);
        if (!old || score > old.score) next.set(key, { label, last: step.last, begun, run, score, back: p, number: step.number });
      }
    }
    let column = [...next.values()];
    if (!column.length) {
      // Nothing allowed (cannot happen with the tables as written): keep the block in the best previous label's part.
      const best = prev.reduce((a, s, k) => (s.score > prev[a].score ? k : a), 0);
      column = [{ ...prev[best], back: best, number: undefined }];
    }
    if (column.length > BEAM) column = column.sort((x, y) => y.score - x.score).slice(0, BEAM);
    columns[i] = column;
    prev = column;
    startState = false;
  }
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

function stepCost(
  from: From,
  s: State,
  label: Label,
  b: Block,
  unlabelled: number,
  letter: LetterFeatures,
  parts?: Term[],
): { cost: number; last: number; number: number | undefined } | undefined {
  const base = TRANSITIONS[from][label];
  if (base === undefined) return undefined;
  if (label === 'preamble' && s.begun) return undefined;
  if (label === 'aside' && !s.begun) return undefined;
  if (label === 'closing' && from !== 'closing' && !(b.f.closingStrong || b.f.closingSoft)) return undefined;
  if (label === 'caption' && s.run >= CAPTION_RUN && !b.f.heading) return undefined;
  if (label === 'responseCont' && (from === 'commentStart' || from === 'commentCont') && !b.f.paraStart) return undefined;
  const n = label === 'commentStart' ? b.number || s.last + 1 : 0;
  if (label === 'commentStart' && from === 'closing' && n <= s.last) return undefined;
  let cost = 0;
  const add = (name: string, value: number) => {
    if (!value) return;
    cost += value;
    if (parts) parts.push({ feature: name, value: 1, weight: value });
  };
  add(`after ${from}`, base);
  if (from === 'caption' && label !== 'caption' && label !== 'commentStart') add('captionLeadsNowhere', -CAPTION_REFUND * s.run);
  if (b.f.afterNumberAlone && ((from === 'commentStart' && label === 'commentCont') || ((from === 'responseCont' || from === 'responseLabel') && label === 'responseCont'))) add('afterNumberAlone', AFTER_NUMBER_ALONE);
  if (label === 'commentAgain' && letter.hasLabels) add('restatedWithLabels', RESTATED_WITH_LABELS);
  if (label === 'responseCont' && (from === 'commentStart' || from === 'commentCont')) {
    add('unlabelledAnswer', unlabelled);
    return { cost, last: s.last, number: s.last || undefined };
  }
  if (label === 'commentStart') {
    add(`numbering ${s.last}→${n}`, numberingCost(s.last, n));
    return { cost, last: Math.max(s.last, n), number: n };
  }
  return { cost, last: s.last, number: undefined };
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
  const columns = viterbi(blocks, letter);
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
    const s: State = i > 0 ? path[i - 1] : { label: 'preamble', last: 0, begun: false, run: 0, score: 0, back: -1, number: undefined };
    const from: From = i > 0 ? s.label : 'start';
    const alts: Alternative[] = [];
    for (const label of LABELS) {
      if (!possible(label, b)) continue;
      const steps: Term[] = [];
      const step = stepCost(from, s, label, b, unlabelled, letter, steps);
      if (!step) continue;
      const terms: Term[] = [];
      const e = emission(label, b.f, letter, terms);
      alts.push({ label, number: step.number, score: round(e + step.cost), emission: round(e), transition: round(step.cost), terms, steps });
    }
    return alts.sort((x, y) => y.score - x.score);
  });
  return { decisions, alternatives };
}

const round = (x: number): number => Math.round(x * 100) / 100;
