import type { Rule } from '../../rules/rule';
import { commitmentWithoutFiling } from './commitment-without-filing';
import { hedgedCommitment } from './hedged-commitment';
import { invalidCommitmentEntry } from './invalid-commitment-entry';
import { proposedDisclosureMissing } from './proposed-disclosure-missing';
import { staleCommitmentEntry } from './stale-commitment-entry';
import { undocumentedCommitment } from './undocumented-commitment';

/** Rules about forward-looking commitments and the register. */
export const commitmentRules: Rule[] = [
  undocumentedCommitment,
  commitmentWithoutFiling,
  proposedDisclosureMissing,
  staleCommitmentEntry,
  hedgedCommitment,
  invalidCommitmentEntry,
];
