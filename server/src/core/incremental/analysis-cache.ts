// Caches that let a re-check after a keystroke reuse the work of the previous check. Every cache here is keyed by
// the exact input it stands for, so a hit returns what a fresh computation would. `clearAnalysisCaches` empties
// them (the bench times a check from scratch with it); `withoutCaches` runs a check that neither reads nor fills
// them (the property tests compare the incremental result with it).

const clearers: (() => void)[] = [];
let disabled = 0;

/** Registers a cache's `clear`, so one call empties every cache (bench, tests). */
export function registerCache(clear: () => void): void {
  clearers.push(clear);
}

export function clearAnalysisCaches(): void {
  for (const c of clearers) c();
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
