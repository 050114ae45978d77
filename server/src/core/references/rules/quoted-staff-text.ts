import type { Letter, Span } from '../../model';

interface Spans {
  starts: number[];
  /** Greatest end among spans 0..i (sorted by start): a span containing [s, e] exists among the first k iff max end ≥ e. */
  maxEnd: number[];
}

const cache = new WeakMap<Letter, Spans>();

function spansOf(letter: Letter): Spans {
  const hit = cache.get(letter);
  if (hit) return hit;
  const sorted = letter.comments.map((c) => c.span).sort((a, b) => a.start - b.start || a.end - b.end);
  const starts = sorted.map((s) => s.start);
  const maxEnd: number[] = [];
  let m = -Infinity;
  for (const s of sorted) maxEnd.push((m = Math.max(m, s.end)));
  const spans = { starts, maxEnd };
  cache.set(letter, spans);
  return spans;
}

/**
 * True when the span lies inside a staff comment repeated in the response. The drafter cannot rewrite the staff's
 * words, so cite rules speak only about the company's own text. A binary search over the comments' spans, sorted
 * once per letter.
 */
export function inStaffComment(letter: Letter, span: Span): boolean {
  const { starts, maxEnd } = spansOf(letter);
  // The last comment starting at or before span.start: every candidate is among the first k.
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] <= span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && maxEnd[lo - 1] >= span.end;
}
