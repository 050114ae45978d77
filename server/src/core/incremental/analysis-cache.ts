// Caches that let a re-check after a keystroke reuse the work of the previous check. Every cache here is keyed by
// the exact input it stands for, so a hit returns what a fresh computation would; `clearAnalysisCaches` empties them
// (the bench uses it to time a check from scratch).

const clearers: (() => void)[] = [];

/** Registers a cache's `clear`, so one call empties every cache (bench, tests). */
export function registerCache(clear: () => void): void {
  clearers.push(clear);
}

export function clearAnalysisCaches(): void {
  for (const c of clearers) c();
}
