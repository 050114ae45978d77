import type { Rule } from '../../rules/rule';
import { analyseCommitments } from '../commitment';
import type { Fix } from '../../model';
import { moveEntryFix, movedPairs, reanchorFix, reanchorPairs, recordFix } from '../fixes';
import { quoteTrigger } from '../wording';

/** Every promise made to the staff must be in the letter's commitment register, so that someone owns it. */
export const undocumentedCommitment: Rule = {
  id: 'undocumented-commitment',
  description: 'A commitment in a response has no entry in the commitment register.',
  defaultSeverity: 'warning',
  fixable: true,
  check(ctx, report) {
    const { register } = analyseCommitments(ctx.letter);
    const undocumented = ctx.commitments.filter((c) => c.entry === undefined);
    // A promise reworded under its stale entry: re-anchoring that entry is the fix, never a second entry.
    const reworded = new Map<(typeof undocumented)[number], number>();
    if (undocumented.length) for (const [entry, c] of reanchorPairs(ctx.letter)) reworded.set(c, entry);
    // A promise moved to another comment's response: its entry is renumbered, never duplicated.
    const moved = undocumented.length ? movedPairs(ctx.letter) : new Map();
    for (const c of undocumented) {
      // Each finding records only its own commitment: the edits of several such fixes compose (see `registerEdit`),
      // so fix-all and `corresp check --fix` write every entry. "Record all N" is a code action computed on demand
      // (`recordAllCommitmentsFix`), never carried by every finding.
      const staleEntry = reworded.has(c) ? register.entries.find((e) => e.index === reworded.get(c)) : undefined;
      const movedEntry = moved.get(c);
      const fixes = (): Fix[] | undefined => {
        if (!register.writable) return undefined;
        if (movedEntry) return [moveEntryFix(movedEntry, c), recordFix(ctx.letter, c, false)];
        if (staleEntry) return [reanchorFix(staleEntry, c, true), recordFix(ctx.letter, c, false)];
        return [recordFix(ctx.letter, c, true)];
      };
      const promise = `${quoteTrigger(c)}${c.comment !== undefined ? ` (comment ${c.comment})` : ''}`;
      // No related location to the register: it is the same for every finding, and the fixes write there.
      report({
        message: movedEntry
          ? `${promise} is registered under comment ${movedEntry.comment}`
          : staleEntry
          ? `${promise} is registered in its earlier wording`
          : `${promise} is not in the register${register.writable ? '' : ', which cannot be read'}`,
        span: c.span,
        fixes,
      });
    }
  },
};
