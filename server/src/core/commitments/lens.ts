import type { Fix, Letter, Span } from '../model';
import { analyseCommitments, commitmentStatusLine } from './commitment';
import { recordFix } from './fixes';

/** What the editor shows above a commitment: its register status, and the fix to record it when it is missing. */
export interface CommitmentLens {
  /** The commitment sentence (put the lens on its first line). */
  span: Span;
  /** "Documented · Form 10-K for the fiscal year ending December 31, 2017 · owner: Controller · open" or "Not in register — record it". */
  title: string;
  documented: boolean;
  /** For an undocumented commitment: the edit that records it (run it when the lens is clicked). */
  fix?: Fix;
}

/** One lens per commitment. Pure; never throws. */
export function commitmentLenses(letter: Letter): CommitmentLens[] {
  try {
    const { commitments, register } = analyseCommitments(letter);
    return commitments.map((c) => ({
      span: c.span,
      title: commitmentStatusLine(letter, c),
      documented: c.entry !== undefined,
      fix: c.entry === undefined && register.writable ? recordFix(letter, c, true) : undefined,
    }));
  } catch {
    return [];
  }
}
