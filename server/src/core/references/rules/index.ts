import type { Rule } from '../../rules/rule';
import { ambiguousCdi } from './ambiguous-cdi';
import { malformedCitation } from './malformed-citation';
import { supersededStandard } from './superseded-standard';
import { unknownAuthority } from './unknown-authority';

/** Rules about cited authorities. */
export const referenceRules: Rule[] = [unknownAuthority, malformedCitation, supersededStandard, ambiguousCdi];
