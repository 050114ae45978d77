import type { Rule } from '../../rules/rule';
import { inStaffComment } from './quoted-staff-text';

export const ambiguousCdi: Rule = {
  id: 'ambiguous-cdi',
  description: 'A C&DI question number says which set of Compliance and Disclosure Interpretations it belongs to.',
  defaultSeverity: 'info',
  fixable: false,
  check({ letter, citations }, report) {
    for (const c of citations) {
      if (c.kind !== 'cdi' || c.cdiResolution !== 'none' || inStaffComment(letter, c.span)) continue;
      report({
        message: `Question ${c.parts.question} names no C&DI set, and numbers repeat across sets`,
        span: c.span,
      });
    }
  },
};
