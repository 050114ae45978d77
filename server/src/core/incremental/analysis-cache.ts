// Caches that let a re-check after a keystroke reuse the work of the previous check of the same document. Every cache
// here is keyed by the exact input it stands for, so a hit returns what a fresh computation would.
//
// They live in an `AnalysisContext`, one per document (as vscode-markdown-languageservice keeps its per-resource
// caches): the language server gives each open letter its own and drops it when the letter closes, so checking another
// letter (the workspace review, a second letter with other settings) never evicts or reads this one's state. A cache
// module declares its state with `perDocument(create)` and reads it through the accessor that returns, which gives the
// state of the context the analysis runs in (`inContext`). Analysis is synchronous between its phases, so the active
// context is set around each phase and never leaks into another document's check.
//
// Callers that name no context (the CLI, tests, one-off features) share `SHARED_CONTEXT`, which behaves as the
// module-level caches did. `clearAnalysisCaches` empties it (the bench times a check from scratch with it);
// `withoutCaches` runs a check that neither reads nor fills any cache (the property tests compare the incremental
// result with it).

/** One document's analysis state: what a re-check of that document reuses. Drop it with the document. */
export class AnalysisContext {
  /** State by the accessor `perDocument` made for it. */
  readonly slots = new Map<() => unknown, unknown>();

  /** Forgets everything (the next check of the document starts from scratch). */
  clear(): void {
    this.slots.clear();
  }
}

/** The context of callers that name none. */
export const SHARED_CONTEXT = new AnalysisContext();

let active = SHARED_CONTEXT;
let disabled = 0;

/**
 * Declares per-document state: the returned accessor gives the active context's instance, created on first use. Call
 * at module level, once per cache.
 */
export function perDocument<T>(create: () => T): () => T {
  const accessor = (): T => {
    let state = active.slots.get(accessor) as T | undefined;
    if (state === undefined) active.slots.set(accessor, (state = create()));
    return state;
  };
  return accessor;
}

/** Runs `fn` (synchronous) with `context` as the active one: the caches it reads and fills are that document's. */
export function inContext<T>(context: AnalysisContext, fn: () => T): T {
  const outer = active;
  active = context;
  try {
    return fn();
  } finally {
    active = outer;
  }
}

/** Empties the shared context (bench, tests). A document's own context is emptied by `clear()` or dropped. */
export function clearAnalysisCaches(): void {
  SHARED_CONTEXT.clear();
}

/** Are caches in use right now? (False inside `withoutCaches`.) */
export function cachesEnabled(): boolean {
  return disabled === 0;
}

/** Runs `fn` as a check from scratch: no cache is read or written meanwhile. */
export function withoutCaches<T>(fn: () => T): T {
  disabled++;
  try {
    return fn();
  } finally {
    disabled--;
  }
}
