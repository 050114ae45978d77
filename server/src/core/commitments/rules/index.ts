import type { Rule } from '../../rules/rule';

/** Rules about forward-looking commitments and the register. */
export const commitmentRules: Rule[] = [];
