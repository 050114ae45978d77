import type { Rule } from '../../rules/rule';
import { describe } from '../catalog/describe';
import { letterDate } from '../letter-dates';
import { inStaffComment } from './quoted-staff-text';

export const unknownAuthority: Rule = {
  id: 'unknown-authority',
  description: 'A cited topic, item, rule or standard exists.',
  defaultSeverity: 'warning',
  fixable: false,
  check({ letter, citations }, report) {
    const asOf = letterDate(letter);
    for (const c of citations) {
      // A regime guessed from the number alone is too weak to call the cite wrong.
      if (c.regime === 'guess' || inStaffComment(letter, c.span)) continue;
      const d = describe(c, { asOf });
      if (d.exists !== 'no' || !d.problem) continue;
      report({ message: d.problem, span: c.span });
    }
  },
};
