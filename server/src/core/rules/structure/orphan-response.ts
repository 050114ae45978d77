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
            ? 'This response follows no comment; put it under the comment it answers'
            : `This response is labelled for comment ${r.number}, but the letter has no comment ${r.number}`,
        span: r.labelSpan.end > r.labelSpan.start ? r.labelSpan : r.span,
      });
    }
  },
};
