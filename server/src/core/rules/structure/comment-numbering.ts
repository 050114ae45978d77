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

const breaksCache = new WeakMap<readonly StaffComment[], NumberingBreak[]>();
const numbersCache = new WeakMap<readonly StaffComment[], Set<number>>();

/**
 * Walks the letter's comments once; every numbering rule reads this, so they never disagree. Memoised per comments
 * array (the three numbering rules share one walk); callers must not mutate the result.
 */
export function numberingBreaks(comments: readonly StaffComment[]): NumberingBreak[] {
  const hit = breaksCache.get(comments);
  if (hit) return hit;
  const out: NumberingBreak[] = [];
  const byNumber = new Map<number, StaffComment>();
  let prev = 0;
  for (const c of comments) {
    const expected = prev + 1;
    const n = c.written ?? c.number;
    const first = byNumber.get(n);
    if (first) out.push({ comment: c, kind: 'duplicate', expected, first });
    else if (n < expected) out.push({ comment: c, kind: 'order', expected });
    else if (n > expected) out.push({ comment: c, kind: prev === 0 ? 'start' : 'gap', expected });
    if (!first) byNumber.set(n, c);
    prev = Math.max(prev, n);
  }
  breaksCache.set(comments, out);
  return out;
}

/** True when renumbering to `n` cannot collide with another comment (a set of the numbers, built once per array). */
export function numberIsFree(comments: readonly StaffComment[], n: number): boolean {
  let numbers = numbersCache.get(comments);
  if (!numbers) {
    numbers = new Set(comments.map((c) => c.written ?? c.number));
    numbersCache.set(comments, numbers);
  }
  return !numbers.has(n);
}
