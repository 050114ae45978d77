import type { Rule } from '../../rules/rule';
import { analyseCommitments } from '../commitment';
import { nameFilingFixes } from '../fixes';
import { AMENDED_DOCUMENT } from '../phrases';
import { quoteTrigger } from '../wording';

/** "In future filings, we will ..." without saying which filing: the staff follows up on vague commitments. */
export const commitmentWithoutFiling: Rule = {
  id: 'commitment-without-filing',
  description: 'A commitment names no filing or period, in the sentence or in its register entry.',
  defaultSeverity: 'warning',
  fixable: true,
  check(ctx, report) {
    const { register } = analyseCommitments(ctx.letter);
    for (const c of ctx.commitments) {
      if (c.target) continue;
      const entry = c.entry !== undefined ? register.entries.find((e) => e.index === c.entry) : undefined;
      if (entry?.filing) continue;
      // An amendment of the document under review ("the Registration Statement") names its filing already.
      if (c.kind === 'amendment' && AMENDED_DOCUMENT.test(c.sentence)) continue;
      const vague = c.venue ? `only \u201c${c.venue}\u201d` : 'no filing or period';
      report({
        message: `${quoteTrigger(c)} names ${vague}`,
        span: c.span,
        fixes: () => nameFilingFixes(ctx.letter, c),
      });
    }
  },
};
