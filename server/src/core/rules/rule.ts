import type { Finding, Fix, Letter, RelatedLocation, Severity, Span } from '../model';
import type { Citation } from '../references/citation';
import type { Commitment } from '../commitments/commitment';
import type { PriorLetter } from '../prior-letter';

/** What a rule sees: the parsed letter and the analyses computed once for all rules. */
export interface RuleContext {
  letter: Letter;
  citations: readonly Citation[];
  commitments: readonly Commitment[];
  /** The previous round's letter the front matter names (`prior:`), when the caller read it. */
  prior?: PriorLetter;
}

export interface Report {
  message: string;
  span: Span;
  related?: RelatedLocation[];
  fixes?: Fix[];
  /** Overrides the rule's default severity for this one finding (e.g. a ladder of certainty). */
  severity?: Severity;
}

export interface Rule {
  /** Stable id, kebab-case; the diagnostic code and the docs page name. */
  id: string;
  description: string;
  defaultSeverity: Severity;
  fixable: boolean;
  check(ctx: RuleContext, report: (r: Report) => void): void;
}

export const DOCS_BASE = 'https://github.com/corresp/corresp/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

export type { Finding };
