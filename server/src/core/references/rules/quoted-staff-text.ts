import type { Letter, Span } from '../../model';

/**
 * True when the span lies inside a staff comment repeated in the response. The drafter cannot rewrite the staff's
 * words, so cite rules speak only about the company's own text.
 */
export function inStaffComment(letter: Letter, span: Span): boolean {
  for (const c of letter.comments) if (span.start >= c.span.start && span.end <= c.span.end) return true;
  return false;
}
