import type { Rule } from '../rule';
import { numberingBreaks } from './comment-numbering';

export const commentNumberGap: Rule = {
  id: 'comment-number-gap',
  description: 'Comment numbers run from 1 with no gaps; a gap usually means a comment was dropped.',
  defaultSeverity: 'warning',
  fixable: false,
  check({ letter }, report) {
    for (const b of numberingBreaks(letter.comments)) {
      if (b.kind === 'start') {
        report({
          message: `The first comment is numbered ${b.comment.number}, so comment${b.expected === b.comment.number - 1 ? '' : 's'} ${range(b.expected, b.comment.number - 1)} ${b.comment.number - b.expected === 1 ? 'is' : 'are'} missing`,
          span: b.comment.numberSpan,
        });
      } else if (b.kind === 'gap') {
        const missing = range(b.expected, b.comment.number - 1);
        report({
          message: `Comment ${b.comment.number} follows comment ${b.expected - 1}: ${b.comment.number - b.expected === 1 ? `comment ${missing} is` : `comments ${missing} are`} missing`,
          span: b.comment.numberSpan,
        });
      }
    }
  },
};

function range(a: number, b: number): string {
  return a === b ? String(a) : `${a}–${b}`;
}
