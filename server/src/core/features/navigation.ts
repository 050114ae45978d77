import type { Analysis } from '../check';
import { analyseCommitments } from '../commitments/commitment';
import type { Span } from '../model';
import { commentMentions, commentRefAt } from './comment-refs';

/** Where Go to Definition lands: the whole target, and the part to select (a number, a label). */
export interface NavTarget {
  span: Span;
  selection: Span;
}

const within = (s: Span, offset: number) => s.start <= offset && offset <= s.end && s.end > s.start;

/**
 * Go to Definition in a response letter, both ways between a staff comment and its answer:
 * - a response's label ("Response:", "Response to Comment 3:") → the comment it answers;
 * - a comment's number → the response(s) that answer it;
 * - "comment 3" in the text → comment 3 (a prior letter's comment is the document link's business);
 * - in the commitment register, an entry's `comment:` → that comment, its `sentence:` → the promise in the letter.
 */
export function definitionAt(analysis: Analysis, offset: number): { origin: Span; targets: NavTarget[] } | undefined {
  const { letter } = analysis;
  const toComment = (n: number | undefined) => letter.comments.filter((c) => c.number === n).map((c) => ({ span: c.span, selection: c.numberSpan }));

  const ref = commentRefAt(letter, offset);
  if (ref?.kind === 'number') {
    const targets = letter.responses.filter((r) => r.number === ref.comment.number).map((r) => ({ span: r.span, selection: r.labelSpan.end > r.labelSpan.start ? r.labelSpan : { start: r.span.start, end: r.span.start } }));
    return targets.length ? { origin: ref.span, targets } : undefined;
  }
  if (ref?.kind === 'mention' && !ref.prior) {
    const targets = toComment(ref.number);
    return targets.length ? { origin: ref.span, targets } : undefined;
  }

  for (const r of letter.responses) {
    if (within(r.labelSpan, offset)) {
      const targets = toComment(r.number);
      return targets.length ? { origin: r.labelSpan, targets } : undefined;
    }
    if (r.span.start > offset) break;
  }

  // The register lives in the front matter: read it only when the cursor is there.
  if (letter.facts.source === 'front-matter' && letter.facts.span && within(letter.facts.span, offset)) {
    for (const e of analyseCommitments(letter).register.entries) {
      if (e.commentSpan && within(e.commentSpan, offset)) {
        const targets = toComment(e.comment);
        return targets.length ? { origin: e.commentSpan, targets } : undefined;
      }
      if (within(e.sentenceSpan, offset)) {
        const targets = analysis.commitments.filter((c) => c.entry === e.index).map((c) => ({ span: c.span, selection: c.span }));
        return targets.length ? { origin: e.sentenceSpan, targets } : undefined;
      }
    }
  }
  return undefined;
}

/** The comment number named at the offset: a comment's number, "comment 3", a response label, a register entry's `comment:`. */
function commentNumberAt(analysis: Analysis, offset: number): number | undefined {
  const { letter } = analysis;
  const ref = commentRefAt(letter, offset);
  if (ref?.kind === 'number') return ref.comment.number;
  if (ref?.kind === 'mention') return ref.prior ? undefined : ref.number;
  const r = letter.responses.find((x) => within(x.labelSpan, offset));
  if (r) return r.number;
  if (letter.facts.source === 'front-matter' && letter.facts.span && within(letter.facts.span, offset)) {
    return analyseCommitments(letter).register.entries.find((e) => e.commentSpan && within(e.commentSpan, offset))?.comment;
  }
  return undefined;
}

/**
 * Find All References on a comment (from any place that names it): its number, the labels of the responses that
 * answer it, every "comment N" in the letter, and the register entries filed under it, in the letter's order.
 */
export function referencesAt(analysis: Analysis, offset: number, includeDeclaration: boolean): Span[] | undefined {
  const n = commentNumberAt(analysis, offset);
  if (n === undefined) return undefined;
  const { letter } = analysis;
  const out: Span[] = [];
  if (includeDeclaration) for (const c of letter.comments) if (c.number === n) out.push(c.numberSpan);
  for (const r of letter.responses) if (r.number === n && r.labelSpan.end > r.labelSpan.start) out.push(r.labelSpan);
  const labels = out.length;
  // "Comment 2" inside "Response to Comment 2:" is that label, already listed.
  for (const m of commentMentions(letter)) if (m.number === n && !out.slice(0, labels).some((l) => l.start <= m.span.start && m.span.end <= l.end)) out.push(m.span);
  if (letter.facts.source === 'front-matter') for (const e of analyseCommitments(letter).register.entries) if (e.comment === n && e.commentSpan) out.push(e.commentSpan);
  return out.sort((a, b) => a.start - b.start);
}
