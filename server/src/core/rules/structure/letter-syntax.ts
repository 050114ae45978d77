import type { Rule } from '../rule';

export const letterSyntax: Rule = {
  id: 'letter-syntax',
  description: 'The letter can be read: valid front matter and nothing the parser had to give up on.',
  defaultSeverity: 'warning',
  fixable: false,
  check({ letter }, report) {
    for (const p of letter.problems) report({ message: p.message, span: p.span });
  },
};
