import type { StaffComment } from '../../model';

/** A comment whose number breaks the 1, 2, 3 … sequence, and the number its position calls for. */
export interface NumberingBreak {
  comment: StaffComment;
  kind: 'duplicate' | 'gap' | 'order' | 'start';
  /** The number the sequence expects here. */
  expected: number;
  /** For duplicates: the first comment with the number. */
  first?: StaffComment;
}

/** Walks the letter's comments once; every numbering rule reads this, so they never disagree. */
export function numberingBreaks(comments: readonly StaffComment[]): NumberingBreak[] {
  const out: NumberingBreak[] = [];
  const byNumber = new Map<number, StaffComment>();
  let prev = 0;
  for (const c of comments) {
    const expected = prev + 1;
    const first = byNumber.get(c.number);
    if (first) out.push({ comment: c, kind: 'duplicate', expected, first });
    else if (c.number < expected) out.push({ comment: c, kind: 'order', expected });
    else if (c.number > expected) out.push({ comment: c, kind: prev === 0 ? 'start' : 'gap', expected });
    if (!first) byNumber.set(c.number, c);
    prev = Math.max(prev, c.number);
  }
  return out;
}

/** True when renumbering to `n` cannot collide with another comment. */
export function numberIsFree(comments: readonly StaffComment[], n: number): boolean {
  return !comments.some((c) => c.number === n);
}
