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
        message: `Question ${c.parts.question} does not say which C&DIs it comes from, and numbers repeat across sets; add the set, e.g. "of the Non-GAAP Financial Measures Compliance and Disclosure Interpretations"`,
        span: c.span,
      });
    }
  },
};
