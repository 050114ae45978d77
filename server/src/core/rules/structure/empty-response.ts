import type { CompanyResponse, Letter } from '../../model';
import type { Rule } from '../rule';

/**
 * A body that plainly holds an answer: at least 40 letters or digits and none of the markdown that can hide text
 * (HTML and comments, links and references, entities, code fences). Its plain text is then neither empty nor a
 * placeholder, and it need not be computed: on a long letter that text is the costly part of this rule.
 */
export const PLAINLY_ANSWERED = /^(?=(?:[^A-Za-z0-9]*[A-Za-z0-9]){40})[^<[\]&`~]*$/;

// Two rules (this one and not-ready-to-file) ask it of every response on every check: answered once per response
// (a response belongs to one parse of one text).
const plainly = new WeakMap<CompanyResponse, boolean>();
export function plainlyAnswered(letter: Letter, r: CompanyResponse): boolean {
  let answered = plainly.get(r);
  if (answered === undefined) {
    answered = PLAINLY_ANSWERED.test(letter.text.slice(r.bodySpan.start, r.bodySpan.end));
    plainly.set(r, answered);
  }
  return answered;
}

export const PLACEHOLDER = /^(?:\[?\s*(?:TODO|TBD|TBC|XXX+|to come|response|insert response|response to come|draft)\s*\]?[.:]?|\.{3}|\u2026|\[\s*\]|-+)$/i;

export const emptyResponse: Rule = {
  id: 'empty-response',
  description: 'A response label must be followed by an answer, not nothing or a placeholder.',
  defaultSeverity: 'error',
  fixable: false,
  check({ letter }, report) {
    for (const r of letter.responses) {
      if (plainlyAnswered(letter, r)) continue;
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
