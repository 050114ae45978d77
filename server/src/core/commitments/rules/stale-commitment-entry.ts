import type { Fix } from '../../model';
import type { Rule } from '../../rules/rule';
import { analyseCommitments } from '../commitment';
import { reanchorFix, reanchorPairs } from '../fixes';
import { shorten } from '../wording';

/** A register entry whose sentence was edited away: the register no longer says what the letter promises. */
export const staleCommitmentEntry: Rule = {
  id: 'stale-commitment-entry',
  description: 'A commitment register entry whose anchoring sentence is no longer in any response.',
  defaultSeverity: 'warning',
  fixable: true,
  check(ctx, report) {
    const { register, entryFound } = analyseCommitments(ctx.letter);
    const text = ctx.letter.text;
    const pairs = reanchorPairs(ctx.letter);
    register.entries.forEach((entry, k) => {
      if (entryFound[k] !== false) return;
      if (entry.status === 'dropped') return; // a dropped promise is expected to have left the letter
      const fixes: Fix[] = [];
      // The usual cause is a reworded promise: when it is the comment's one stale entry and exactly one unrecorded
      // commitment answers that comment, anchor the entry on it. Preferred, and the same edit as the
      // undocumented-commitment finding's, so fix-all repairs the entry once rather than adding a second.
      const pair = pairs.get(entry.index);
      if (pair) fixes.push(reanchorFix(entry, pair, true));
      let start = entry.span.start;
      while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
      let end = entry.span.end;
      while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
      if (text[end] === '\r') end++;
      if (text[end] === '\n') end++;
      fixes.push({ title: 'Remove this register entry', edits: [{ span: { start, end }, newText: '' }], preferred: false });
      if (entry.statusSpan) fixes.push({ title: 'Mark this commitment as dropped', edits: [{ span: entry.statusSpan, newText: 'dropped' }], preferred: false });
      const which = entry.comment !== undefined ? `for comment ${entry.comment} ` : '';
      report({
        message: `Register entry ${which}quotes \u201c${shorten(entry.sentence ?? '', 40)}\u201d, which no response says now`,
        span: entry.sentenceSpan,
        fixes,
      });
    });
  },
};
