import type { Rule } from '../rule';

export const unknownPriorComment: Rule = {
  id: 'unknown-prior-comment',
  description: '"prior comment N" must name a comment that can exist in the previous letter.',
  defaultSeverity: 'info',
  fixable: false,
  check({ letter }, report) {
    for (const c of letter.comments) {
      for (const ref of c.priorCommentRefs) {
        if (ref.number === undefined || ref.number < 1) {
          report({ message: `"${ref.text}" cannot refer to a comment of the previous letter: comments are numbered from 1`, span: ref.span });
        }
      }
    }
  },
};
