import type { CompanyResponse } from '../../model';
import type { Rule } from '../../rules/rule';
import { responseGivesProposedText } from '../commitment';
import { proposedBlockFix } from '../fixes';
import { STAFF_ASKS_FOR_PROPOSED_TEXT } from '../phrases';
import { shorten } from '../wording';
import { textMemo } from '../../incremental/text-memo';

// The staff's ask, by comment text: typing in a response changes no comment, so each check reads only changed ones.
const askIn = textMemo((text: string) => STAFF_ASKS_FOR_PROPOSED_TEXT.exec(text.replace(/\s+/g, ' '))?.[0]);

/** The staff asked to see the proposed disclosure; a promise without the text invites another round of comments. */
export const proposedDisclosureMissing: Rule = {
  id: 'proposed-disclosure-missing',
  description: 'The staff asked for proposed or draft disclosure and the response gives none.',
  defaultSeverity: 'warning',
  fixable: true,
  check(ctx, report) {
    const { letter } = ctx;
    // Responses and the first commitment naming a filing, by comment number: indexed once, not filtered per comment.
    let responsesBy: Map<number | undefined, CompanyResponse[]> | undefined;
    let targetBy: Map<number | undefined, string> | undefined;
    askIn.nextRun();
    for (const comment of letter.comments) {
      const ask = askIn(comment.text);
      if (!ask) continue;
      if (!responsesBy) {
        responsesBy = new Map();
        for (const r of letter.responses) {
          const list = responsesBy.get(r.number);
          if (list) list.push(r);
          else responsesBy.set(r.number, [r]);
        }
      }
      const responses = responsesBy.get(comment.number) ?? [];
      if (!responses.length) continue; // a missing response is another rule's finding
      if (responses.some((r) => responseGivesProposedText(letter, r))) continue;
      const response = responses[0];
      if (!targetBy) {
        targetBy = new Map();
        for (const c of ctx.commitments) if (c.target && !targetBy.has(c.comment)) targetBy.set(c.comment, c.target);
      }
      const target = targetBy.get(comment.number);
      report({
        message: `Comment ${comment.number} asks for proposed disclosure (\u201c${shorten(ask, 40)}\u201d); the response gives none`,
        span: response.labelSpan.end > response.labelSpan.start ? response.labelSpan : response.span,
        related: [{ span: comment.span, message: `Comment ${comment.number}` }],
        fixes: () => [proposedBlockFix(letter, response, target)],
      });
    }
  },
};
