import type { Rule } from '../rule';

export const orphanResponse: Rule = {
  id: 'orphan-response',
  description: 'A response answers a comment of the letter.',
  defaultSeverity: 'warning',
  fixable: false,
  check({ letter }, report) {
    const numbers = new Set(letter.comments.map((c) => c.number));
    for (const r of letter.responses) {
      if (r.number !== undefined && numbers.has(r.number)) continue;
      report({
        message:
          r.number === undefined
            ? 'This response follows no comment'
            : `This response answers comment ${r.number}, which the letter does not have`,
        span: r.labelSpan.end > r.labelSpan.start ? r.labelSpan : r.span,
      });
    }
  },
};
