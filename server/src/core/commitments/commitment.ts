import type { Letter, Span } from '../model';

export type CommitmentKind = 'future-filing' | 'continuing' | 'amendment' | 'other-future';

export interface Commitment {
  /** The comment whose response holds the sentence. */
  comment: number | undefined;
  sentence: string;
  span: Span;
  kind: CommitmentKind;
}

/** Finds commitment sentences in the letter's responses. Never throws. (Filled in by the detector.) */
export function detectCommitments(_letter: Letter): Commitment[] {
  return [];
}
