import type { Rule } from '../../rules/rule';
import { analyseCommitments } from '../commitment';
import { STATUSES } from '../register';

/** A register the tool cannot read is a register nobody can rely on. */
export const invalidCommitmentEntry: Rule = {
  id: 'invalid-commitment-entry',
  description: 'The commitment register, or one of its entries, cannot be read: not a list, no sentence, or an unknown status.',
  defaultSeverity: 'warning',
  fixable: false,
  check(ctx, report) {
    const { register } = analyseCommitments(ctx.letter);
    for (const p of register.problems) report({ message: p.message, span: p.span });
    for (const e of register.entries) {
      const which = e.comment !== undefined ? `for comment ${e.comment}` : `number ${e.index + 1}`;
      if (!e.sentence) {
        report({ message: `The register entry ${which} has no \u201csentence:\u201d, so it cannot be matched to the promise it records. Quote the promise (abbreviate with "...").`, span: e.sentenceSpan });
      }
      if (e.status && !(STATUSES as readonly string[]).includes(e.status)) {
        report({ message: `The register entry ${which} has status \u201c${e.status}\u201d; use one of ${STATUSES.join(', ')}.`, span: e.statusSpan ?? e.sentenceSpan });
      }
    }
  },
};
