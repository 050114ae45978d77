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
      report({ message: `The prior letter "${prior.path}" cannot be used: ${prior.problem}. Write its path relative to this letter, or remove "prior:".`, span: at });
    } else if (prior.letter && prior.letter.comments.length === 0) {
      report({ message: `The prior letter "${prior.path}" has no numbered comments, so "prior comment N" cannot be looked up in it. Name the previous round's response letter.`, span: at });
    }
  },
};
