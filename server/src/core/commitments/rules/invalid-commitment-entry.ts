import type { Rule } from '../../rules/rule';
import { analyseCommitments } from '../commitment';
import { STATUSES } from '../register';

/** A register the tool cannot read is a register nobody can rely on. */
export const invalidCommitmentEntry: Rule = {
  id: 'invalid-commitment-entry',
  description: 'The commitment register, or one of its entries, cannot be read: not a list, no sentence, a comment number the letter does not have, a filing or owner that is not text, or an unknown status.',
  defaultSeverity: 'warning',
  fixable: false,
  check(ctx, report) {
    const { register } = analyseCommitments(ctx.letter);
    for (const p of register.problems) report({ message: p.message, span: p.span });
    const numbers = new Set(ctx.letter.comments.map((c) => c.number));
    for (const e of register.entries) {
      if (e.comment !== undefined && numbers.size && !numbers.has(e.comment)) {
        report({ message: `Register entry ${e.index + 1} is for comment ${e.comment}, which the letter does not have (it has ${[...numbers].sort((a, b) => a - b).join(', ')})`, span: e.sentenceSpan });
      }
      const which = e.comment !== undefined ? `for comment ${e.comment}` : `number ${e.index + 1}`;
      if (!e.sentence) {
        report({ message: `Register entry ${which} has no \u201csentence:\u201d quoting its promise`, span: e.sentenceSpan });
      }
      if (e.status && !(STATUSES as readonly string[]).includes(e.status)) {
        report({ message: `Register entry ${which} has status \u201c${e.status}\u201d, expected ${STATUSES.join(', ')}`, span: e.statusSpan ?? e.sentenceSpan });
      }
    }
  },
};
