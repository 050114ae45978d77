import { priorPathOf } from '../../prior-letter';
import type { Rule } from '../rule';

export const priorLetter: Rule = {
  id: 'prior-letter',
  description: 'The previous round\'s letter named by the front matter\'s "prior:" path must exist and read as a letter.',
  defaultSeverity: 'warning',
  fixable: false,
  check({ letter, prior }, report) {
    // Only what the caller read: a caller that reads no files (a test, a one-off feature) gives no prior.
    if (!prior) return;
    const at = priorPathOf(letter.text)?.span ?? { start: 0, end: 0 };
    if (prior.problem) {
      report({ message: `The prior letter "${prior.path}" cannot be used: ${prior.problem}`, span: at });
    } else if (prior.letter && prior.letter.comments.length === 0) {
      report({ message: `The prior letter "${prior.path}" has no numbered comments`, span: at });
    }
  },
};
