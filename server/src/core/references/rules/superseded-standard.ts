import type { Rule } from '../../rules/rule';
import { describe } from '../catalog/describe';
import { letterDate, periodEnd } from '../letter-dates';
import { inStaffComment } from './quoted-staff-text';

export const supersededStandard: Rule = {
  id: 'superseded-standard',
  description: 'Cites point at current guidance, not at superseded topics (ASC 605, ASC 840) or pre-codification standards (FAS, EITF).',
  defaultSeverity: 'info',
  fixable: false,
  check({ letter, citations }, report) {
    const asOf = letterDate(letter);
    // A letter about a period before the replacement took effect rightly cites the old guidance.
    const period = periodEnd(letter) ?? asOf;
    for (const c of citations) {
      if (inStaffComment(letter, c.span)) continue;
      const d = describe(c, { asOf });
      if (!d.superseded) continue;
      const when = c.kind === 'pre-codification' || c.kind === 'pcaob' ? asOf : period;
      if (d.superseded.from && when && when < d.superseded.from) continue;
      const message =
        c.kind === 'pre-codification'
          ? `${c.canonical} predates the Codification; cite ${d.superseded.by}`
          : `${c.canonical} is superseded by ${d.superseded.by}`;
      report({ message, span: c.span });
    }
  },
};
