import type { Fix } from '../../model';
import type { Rule } from '../../rules/rule';
import { analyseCommitments } from '../commitment';
import { abbreviate } from '../register';
import { shorten } from '../wording';

/** A register entry whose sentence was edited away: the register no longer says what the letter promises. */
export const staleCommitmentEntry: Rule = {
  id: 'stale-commitment-entry',
  description: 'A commitment register entry whose anchoring sentence is no longer in any response.',
  defaultSeverity: 'warning',
  fixable: true,
  check(ctx, report) {
    const { register, entryFound, commitments } = analyseCommitments(ctx.letter);
    const text = ctx.letter.text;
    register.entries.forEach((entry, k) => {
      if (entryFound[k] !== false) return;
      if (entry.status === 'dropped') return; // a dropped promise is expected to have left the letter
      const fixes: Fix[] = [];
      // The usual cause is a reworded promise: when exactly one unrecorded commitment answers the same comment,
      // offer to anchor the entry on it (first, so fix-all repairs rather than deletes).
      const candidates = commitments.filter((c) => c.entry === undefined && (entry.comment === undefined || c.comment === entry.comment));
      if (candidates.length === 1 && entry.sentence !== undefined) {
        const now = abbreviate(candidates[0].sentence);
        fixes.push({ title: `Anchor the entry on \u201c${shorten(now, 60)}\u201d`, edits: [{ span: entry.sentenceSpan, newText: JSON.stringify(now) }], preferred: false });
      }
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
        message: `The register entry ${which}anchors on \u201c${shorten(entry.sentence ?? '')}\u201d, which is no longer in any response. Update its sentence to the promise as now worded, or remove the entry.`,
        span: entry.sentenceSpan,
        fixes,
      });
    });
  },
};
