import type { Rule } from '../rule';
import { numberingBreaks, numberIsFree } from './comment-numbering';

export const duplicateCommentNumber: Rule = {
  id: 'duplicate-comment-number',
  description: 'Each comment number appears once: staff numbering runs 1, 2, 3 … across the whole letter.',
  defaultSeverity: 'warning',
  fixable: true,
  check({ letter }, report) {
    for (const b of numberingBreaks(letter.comments)) {
      if (b.kind !== 'duplicate' || !b.first) continue;
      // A repeated number the reader already read as the next comment (StaffComment.written) is still reported.
      const written = b.comment.written ?? b.comment.number;
      const free = b.expected > written && numberIsFree(letter.comments, b.expected);
      report({
        message: `Comment number ${written} is used twice`,
        span: b.comment.numberSpan,
        related: [{ span: b.first.numberSpan, message: `comment ${b.first.written ?? b.first.number} first appears here` }],
        fixes: free ? [{ title: `Renumber as comment ${b.expected}`, edits: [renumberEdit(letter.text, b.comment.numberSpan, written, b.expected)] }] : undefined,
      });
    }
  },
};

export function renumberEdit(text: string, span: { start: number; end: number }, from: number, to: number) {
  const at = text.indexOf(String(from), span.start);
  const start = at >= 0 && at < span.end ? at : span.start;
  return { span: { start, end: start + String(from).length }, newText: String(to) };
}
