import type { Rule } from './rule';
import { structureRules } from './structure';
import { referenceRules } from '../references/rules';
import { commitmentRules } from '../commitments/rules';
import { confidentialRules } from '../confidential/rules';

/** Every rule, in reporting order. Adding a rule adds one line to its area's index. */
export const allRules: readonly Rule[] = [...structureRules, ...commitmentRules, ...referenceRules, ...confidentialRules];

export function findRule(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
