import type { Rule } from '../../rules/rule';

/** Rules about confidential treatment (Rule 83) markers and legends. */
export const confidentialRules: Rule[] = [];
