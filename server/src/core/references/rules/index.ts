import type { Rule } from '../../rules/rule';

/** Rules about cited authorities. */
export const referenceRules: Rule[] = [];
