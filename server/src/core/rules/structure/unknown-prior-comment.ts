import type { Rule } from '../rule';

export const unknownPriorComment: Rule = {
  id: 'unknown-prior-comment',
  description: '"prior comment N" must name a comment that can exist in the previous letter.',
  defaultSeverity: 'info',
  fixable: false,
  check({ letter, prior }, report) {
    // With the previous round's letter (front matter "prior:"), a reference is checked against its comments.
    const numbers = prior?.letter?.comments.length ? new Set(prior.letter.comments.map((c) => c.number)) : undefined;
    for (const c of letter.comments) {
      for (const ref of c.priorCommentRefs) {
        if (ref.number === undefined || ref.number < 1) {
          report({ message: `"${ref.text}" names no comment: comments are numbered from 1`, span: ref.span });
        } else if (numbers && !numbers.has(ref.number)) {
          const all = [...numbers].sort((a, b) => a - b);
          report({ message: `"${ref.text}": the prior letter has no comment ${ref.number}, only ${all.length > 1 ? `${all[0]}–${all[all.length - 1]}` : all[0]}`, span: ref.span });
        }
      }
    }
  },
};
