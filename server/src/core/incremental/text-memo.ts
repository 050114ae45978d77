import { GenerationCache, LETTER_CACHE_CHARS } from '../text/generation-cache';
import { cachesEnabled, perDocument } from './analysis-cache';

/**
 * A function of one block's text (a comment's, a response's body), remembered per document. A keystroke changes one
 * block, so a rule that asks the same question of every block each check answers it again only for the changed one.
 * Like the parser's caches, only the texts of the last two generations are kept (`nextRun`, once per check, starts
 * a generation); keys count against the letter caches' character budget. Inside `withoutCaches` it computes afresh.
 */
export interface TextMemo<R> {
  (text: string): R;
  /** Starts a new generation: call once per check, before the first lookup. */
  nextRun(): void;
}

export function textMemo<R>(compute: (text: string) => R): TextMemo<R> {
  // Values are boxed: a remembered `undefined` or `null` is still a hit.
  const cache = perDocument(() => new GenerationCache<string, { value: R }>(LETTER_CACHE_CHARS, (k) => k.length));
  const memo = ((text: string): R => {
    if (!cachesEnabled()) return compute(text);
    const c = cache();
    const hit = c.get(text);
    if (hit) return hit.value;
    const value = compute(text);
    c.set(text, { value });
    return value;
  }) as TextMemo<R>;
  memo.nextRun = () => {
    if (cachesEnabled()) cache().nextGeneration();
  };
  return memo;
}
