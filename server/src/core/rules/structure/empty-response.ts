import type { Rule } from '../rule';

const PLACEHOLDER = /^(?:\[?\s*(?:TODO|TBD|TBC|XXX+|to come|response|insert response|response to come|draft)\s*\]?[.:]?|\.{3}|…|\[\s*\]|-+)$/i;

export const emptyResponse: Rule = {
  id: 'empty-response',
  description: 'A response label must be followed by an answer, not nothing or a placeholder.',
  defaultSeverity: 'error',
  fixable: false,
  check({ letter }, report) {
    for (const r of letter.responses) {
      const body = r.text.trim();
      if (body && !PLACEHOLDER.test(body)) continue;
      const which = r.number !== undefined ? `The response to comment ${r.number}` : 'This response';
      report({
        message: body ? `${which} is only a placeholder ("${body}")` : `${which} is empty`,
        span: r.labelSpan.end > r.labelSpan.start ? r.labelSpan : r.span,
      });
    }
  },
};
