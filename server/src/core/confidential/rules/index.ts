import type { Rule } from '../../rules/rule';
import { confidentialMarking } from './confidential-marking';

/** Rules about confidential treatment (Rule 83) markers and legends. */
export const confidentialRules: Rule[] = [confidentialMarking];
