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
  /** The fixes, or how to build them when someone asks (a code action, `--fix`): most findings' fixes are never
   * looked at, and building every one on every keystroke cost as much as some whole rules. */
  fixes?: Fix[] | (() => Fix[] | undefined);
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

/** A report's fixes, built now when the rule left them to be built on demand. */
export function fixesOf(r: Pick<Report, 'fixes'>): Fix[] | undefined {
  return typeof r.fixes === 'function' ? r.fixes() : r.fixes;
}

export const DOCS_BASE = 'https://github.com/corresp/corresp/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

export type { Finding };
