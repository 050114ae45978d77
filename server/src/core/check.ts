import type { Finding, Fix, Letter } from './model';
import { parseLetter } from './dialect/parse';
import { bodyStart } from './dialect/front-matter';
import type { Citation } from './references/citation';
import { citationsOf } from './incremental/citations';
import { AnalysisContext, SHARED_CONTEXT, cachesEnabled, inContext, perDocument } from './incremental/analysis-cache';
import { detectCommitments, type Commitment } from './commitments/commitment';
import { allRules } from './rules/registry';
import { applySuppressions } from './suppressions';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import type { Report } from './rules/rule';
import { readPrior, type PriorInput, type PriorLetter } from './prior-letter';

/** Everything the core knows about one letter: computed once, read by rules, the CLI and the editor. */
export interface Analysis {
  letter: Letter;
  citations: Citation[];
  commitments: Commitment[];
  findings: Finding[];
  /** The previous round's letter the front matter names (`prior:`), when the caller read it. */
  prior?: PriorLetter;
}

/** What the caller read from outside the letter for it (the core reads no files). */
export interface AnalysisInputs {
  /** The letter named by the front matter's `prior:` path, or why it could not be read. */
  prior?: PriorInput;
}

// The document's last analysis, by text and settings, for a caller that asks about the same text twice. Results are
// plain data and never mutated.
const recent = perDocument((): { last?: { text: string; settings: string; analysis: Analysis } } => ({}));

export { AnalysisContext };

/** Something that says when the caller no longer wants the result (an LSP CancellationToken fits). */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

/**
 * Parses and checks a letter. Never throws: this is the core's one error boundary, and an exception anywhere in the
 * analysis becomes a single `internal-error` finding carrying its stack. A re-check after an edit reuses what the
 * edit cannot have changed (see incremental/), and always equals a check from scratch. `context` is the document's
 * own analysis state (one per document, dropped with it); without one, callers share one.
 */
export function analyze(text: string, settings: Settings = DEFAULT_SETTINGS, context: AnalysisContext = SHARED_CONTEXT, inputs: AnalysisInputs = {}): Analysis {
  return inContext(context, () => {
    const key = keyOf(settings, inputs);
    const hit = lookup(text, key);
    if (hit) return hit;
    const steps = analysisSteps(text, settings, inputs);
    for (;;) {
      const step = steps.next();
      if (step.done) return remember(text, key, step.value);
    }
  });
}

/**
 * `analyze` for the editor: it yields to the event loop between phases and gives up (undefined) as soon as the
 * token is cancelled, so a request or re-check that has been superseded stops early.
 */
export async function analyzeCancellable(
  text: string,
  settings: Settings,
  token: Cancellation,
  context: AnalysisContext = SHARED_CONTEXT,
  inputs: AnalysisInputs = {},
  around: AroundPhase = (_phase, run) => run(),
): Promise<Analysis | undefined> {
  const key = keyOf(settings, inputs);
  const hit = inContext(context, () => lookup(text, key));
  if (hit) return hit;
  const steps = analysisSteps(text, settings, inputs);
  let phase: Phase = 'parse';
  for (;;) {
    if (token.isCancellationRequested) return undefined;
    // Each phase runs synchronously in the document's context; other documents' checks run between phases in theirs.
    const step: IteratorResult<Phase, Analysis> = around(phase, () => inContext(context, () => steps.next()));
    if (step.done) return inContext(context, () => remember(text, key, step.value));
    phase = step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** The phases of an analysis, in order. */
export type Phase = 'parse' | 'citations' | 'commitments' | 'rules';

/**
 * Wraps each phase of `analyzeCancellable` (synchronously: `run` is called once, in the phase's turn): the language
 * server sets how V8 compiles the commitment phase's expressions this way (lsp/phase-compile.ts).
 */
export type AroundPhase = <T>(phase: Phase, run: () => T) => T;

/** What besides the text an analysis depends on. */
function keyOf(settings: Settings, inputs: AnalysisInputs): string {
  const p = inputs.prior;
  return p ? `${JSON.stringify(settings)}\u0000${p.path}\u0000${p.text ?? `\u0001${p.problem ?? ''}`}` : JSON.stringify(settings);
}

function lookup(text: string, settings: string): Analysis | undefined {
  const last = recent().last;
  return cachesEnabled() && last?.text === text && last.settings === settings ? last.analysis : undefined;
}

function remember(text: string, settings: string, analysis: Analysis): Analysis {
  if (cachesEnabled()) recent().last = { text, settings, analysis };
  return analysis;
}

/** The analysis, one phase per step (a caller may stop between steps); each step yields the phase the next one runs; a
 * throw in any phase ends it with the error. */
function* analysisSteps(text: string, settings: Settings, inputs: AnalysisInputs): Generator<Phase, Analysis> {
  if (text.length > settings.maxFileSize) return tooLarge(text, settings);
  let phase = 'parsing';
  try {
    const letter = parseLetter(text);
    yield 'citations';
    phase = 'reading citations';
    const citations = citationsOf(text, bodyStart(letter));
    yield 'commitments';
    phase = 'finding commitments';
    const commitments = detectCommitments(letter);
    yield 'rules';
    phase = 'reading the prior letter';
    const prior = readPrior(inputs.prior);
    const ctx = { letter, citations, commitments, prior };
    const findings: Finding[] = [];
    for (const rule of allRules) {
      const configured = settings.rules[rule.id];
      if (configured === 'off') continue;
      phase = `running rule ${rule.id}`;
      rule.check(ctx, (r: Report) => {
        const severity = configured ?? r.severity ?? rule.defaultSeverity;
        if (typeof r.fixes !== 'function') findings.push({ rule: rule.id, severity, message: r.message, span: r.span, related: r.related, fixes: r.fixes });
        else findings.push(withLazyFixes({ rule: rule.id, severity, message: r.message, span: r.span, related: r.related }, r.fixes));
      });
    }
    phase = 'applying suppressions';
    const kept = applySuppressions(letter, findings);
    // Rule ids compare by code unit, not localeCompare: the order must not depend on the user's locale, and the first
    // localeCompare in a process builds ICU's collator (9 ms on the example's first check, spawn → diagnostics).
    kept.sort((a, b) => a.span.start - b.span.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
    return { letter, citations, commitments, findings: kept, prior };
  } catch (err) {
    return failed(text, phase, err);
  }
}

// A finding's fixes built on first read, then kept. The getter is one function shared by every such finding and its
// input sits in one hidden property, so findings keep V8's fast shape (as blocks do in dialect/parse.ts).
const FIX_SOURCE = Symbol('fixes');
type FixSource = { build?: () => Fix[] | undefined; fixes?: Fix[] };
const LAZY_FIXES: PropertyDescriptor = {
  enumerable: true,
  get(this: object) {
    const s = (this as unknown as Record<symbol, FixSource>)[FIX_SOURCE];
    if (s.build) {
      s.fixes = s.build();
      s.build = undefined;
    }
    return s.fixes;
  },
};

function withLazyFixes(finding: Omit<Finding, 'fixes'>, build: () => Fix[] | undefined): Finding {
  Object.defineProperty(finding, FIX_SOURCE, { value: { build } satisfies FixSource });
  Object.defineProperty(finding, 'fixes', LAZY_FIXES);
  return finding as Finding;
}

/** The one finding an analysis that threw is reduced to: what failed, and the stack to report. */
function failed(text: string, phase: string, err: unknown): Analysis {
  const stack = err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : String(err);
  const message = err instanceof Error ? err.message : String(err);
  return {
    letter: emptyLetter(text),
    citations: [],
    commitments: [],
    findings: [
      {
        rule: 'internal-error',
        severity: 'error',
        message: `corresp failed while ${phase} (${message}); this letter was not checked. Please report it with this stack:\n${stack}`,
        span: { start: 0, end: Math.min(text.length, firstLineEnd(text)) },
      },
    ],
  };
}

function tooLarge(text: string, settings: Settings): Analysis {
  return {
    letter: emptyLetter(text),
    citations: [],
    commitments: [],
    findings: [
      {
        rule: 'file-too-large',
        severity: 'warning',
        message: `This file is ${(text.length / 1048576).toFixed(1)} MB, over the ${(settings.maxFileSize / 1048576).toFixed(1)} MB limit (setting corresp.maxFileSize); it was not analysed.`,
        span: { start: 0, end: Math.min(text.length, firstLineEnd(text)) },
      },
    ],
  };
}

/** A letter with nothing read from it, for text that was not (or could not be) analysed. */
function emptyLetter(text: string): Letter {
  return { text, flavour: 'plain', facts: { source: 'none', extra: {} }, captions: [], comments: [], responses: [], suppressions: [], problems: [] };
}

function firstLineEnd(text: string): number {
  const i = text.indexOf('\n');
  return i < 0 ? Math.min(text.length, 200) : Math.min(i, 200);
}
