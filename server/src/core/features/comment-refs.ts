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
  const from = Math.max(0, offset - 80);
  return mentions(letter, from, Math.min(letter.text.length, offset + 80)).find((m) => m.span.start <= offset && offset <= m.span.end);
}

/** Every "comment N" in the letter that means a comment of this letter (not "prior comment N"). */
export function commentMentions(letter: Letter): (CommentRef & { kind: 'mention' })[] {
  return mentions(letter, 0, letter.text.length).filter((m) => !m.prior);
}

function mentions(letter: Letter, from: number, to: number): (CommentRef & { kind: 'mention' })[] {
  const text = letter.text;
  const out: (CommentRef & { kind: 'mention' })[] = [];
  for (const m of text.slice(from, to).matchAll(COMMENT_REF)) {
    const start = from + m.index!;
    const end = start + m[0].length;
    const inComment = letter.comments.find((c) => c.span.start <= start && start < c.span.end);
    // "prior comment N", or "comment N" in a staff comment that speaks of a prior letter: the staff's earlier letter.
    const prior = !!m[1] || (!!inComment && /\b(?:prior|previous)\b/i.test(text.slice(Math.max(inComment.span.start, start - 40), start)));
    out.push({ kind: 'mention', span: { start, end }, number: Number(m[2]), prior });
  }
  return out;
}
