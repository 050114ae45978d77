import { hiddenText } from '../../dialect/hidden-text';
import { bodyStart } from '../../dialect/front-matter';
import type { Rule } from '../rule';

export const letterSyntax: Rule = {
  id: 'letter-syntax',
  description: 'The letter can be read: valid, closed front matter, closed HTML comments and internal blocks, and nothing the parser had to give up on.',
  defaultSeverity: 'warning',
  fixable: false,
  check({ letter }, report) {
    for (const p of letter.problems) report({ message: p.message, span: p.span, severity: p.severity });
    const unclosed = hiddenText(letter.text, bodyStart(letter)).unclosed;
    if (unclosed) report({ message: unclosed.message, span: unclosed.span, severity: 'error' });
  },
};
