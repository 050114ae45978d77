import type { Rule } from '../rule';
import { describeComment, firstLineSpan } from './describe-comment';

export const missingResponse: Rule = {
  id: 'missing-response',
  description: 'Every staff comment needs a response.',
  defaultSeverity: 'error',
  fixable: true,
  check({ letter }, report) {
    const answered = new Set(letter.responses.map((r) => r.number));
    const seen = new Set<number>();
    for (const c of letter.comments) {
      if (answered.has(c.number) || seen.has(c.number)) continue;
      seen.add(c.number);
      const label = letter.flavour === 'markdown' ? '**Response:**' : 'Response:';
      const eol = letter.text.slice(c.span.end, c.span.end + 2).startsWith('\r\n') ? '\r\n' : '\n';
      report({
        message: `${describeComment(c)} has no response`,
        span: firstLineSpan(letter.text, c),
        related: [{ span: c.span, message: `the text of comment ${c.number}` }],
        fixes: [
          {
            title: `Insert a response to comment ${c.number}`,
            edits: [{ span: { start: c.span.end, end: c.span.end }, newText: `${eol}${eol}${label}${eol}${eol}[TBD]` }],
          },
        ],
      });
    }
  },
};
