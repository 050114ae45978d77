import type { Rule } from '../rule';
import { numberingBreaks, numberIsFree } from './comment-numbering';
import { renumberEdit } from './duplicate-comment-number';

export const commentNumberOrder: Rule = {
  id: 'comment-number-order',
  description: 'Comments appear in the order the staff numbered them.',
  defaultSeverity: 'warning',
  fixable: true,
  check({ letter }, report) {
    for (const b of numberingBreaks(letter.comments)) {
      if (b.kind !== 'order') continue;
      const free = numberIsFree(letter.comments, b.expected);
      report({
        message: `Comment ${b.comment.number} comes after comment ${b.expected - 1}; expected comment ${b.expected} here`,
        span: b.comment.numberSpan,
        fixes: free ? [{ title: `Renumber as comment ${b.expected}`, edits: [renumberEdit(letter.text, b.comment.numberSpan, b.comment.number, b.expected)] }] : undefined,
      });
    }
  },
};
