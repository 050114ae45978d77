import type { Rule } from '../../rules/rule';
import { inStaffComment } from './quoted-staff-text';

export const malformedCitation: Rule = {
  id: 'malformed-citation',
  description: 'Cites are written in their canonical form (e.g. "ASC 350-20-35-30", not "ASC 350.20.35.30").',
  defaultSeverity: 'warning',
  fixable: true,
  check({ letter, citations }, report) {
    for (const c of citations) {
      if (!c.malformed || inStaffComment(letter, c.span)) continue;
      const written = c.text.replace(/\s+/g, ' ');
      report({
        message: `"${written}" should read "${c.malformed.expected}": ${c.malformed.reason}`,
        span: c.span,
        fixes: [{ title: `Write "${c.malformed.expected}"`, edits: [{ span: c.span, newText: c.malformed.expected }], preferred: true }],
      });
    }
  },
};
