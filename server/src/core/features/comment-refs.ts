import type { Letter, Span, StaffComment } from '../model';

const COMMENT_REF = /\b(?:(prior|previous|earlier)\s+)?comments?\s+(?:(?:number|no\.)\s*)?(\d{1,2})\b/gi;

/** What names a staff comment at an offset: its own number token, or a mention ("comment 3", "prior comment 2"). */
export type CommentRef =
  | { kind: 'number'; span: Span; comment: StaffComment }
  /** A mention; `prior` when it means the staff's earlier letter, not this one. */
  | { kind: 'mention'; span: Span; number: number; prior: boolean };

/** The comment named at the offset (its end included, so the cursor just after "comment 3" counts). */
export function commentRefAt(letter: Letter, offset: number): CommentRef | undefined {
  for (const c of letter.comments) {
    if (c.numberSpan.start <= offset && offset <= c.numberSpan.end) return { kind: 'number', span: c.numberSpan, comment: c };
  }
  const text = letter.text;
  const from = Math.max(0, offset - 80);
  const window = text.slice(from, Math.min(text.length, offset + 80));
  for (const m of window.matchAll(COMMENT_REF)) {
    const start = from + m.index!;
    const end = start + m[0].length;
    if (offset < start || offset > end) continue;
    const inComment = letter.comments.find((c) => c.span.start <= start && start < c.span.end);
    // "prior comment N", or "comment N" in a staff comment that speaks of a prior letter: the staff's earlier letter.
    const prior = !!m[1] || (!!inComment && /\b(?:prior|previous)\b/i.test(text.slice(Math.max(inComment.span.start, start - 40), start)));
    return { kind: 'mention', span: { start, end }, number: Number(m[2]), prior };
  }
  return undefined;
}
