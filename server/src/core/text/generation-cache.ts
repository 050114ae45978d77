/**
 * A memo that keeps only what the last two runs used. Keys are often slices of a whole letter, and a slice keeps its
 * parent string alive: a cache that kept entries from many past versions would keep many copies of a large letter.
 * Here a lookup promotes the entry into the current generation and `nextGeneration()` drops everything the last run
 * did not touch, so memory stays bounded by about two versions of the text.
 *
 * A `budget` bounds it further: once the current generation holds that much (by `weigh`, one per entry unless
 * given), new entries are not remembered. Ordinary letters stay far below it; a 10 MB letter computes what does not
 * fit again when asked, instead of holding a second copy of itself.
 */
/**
 * The budget the letter caches share, in characters per run: every line, block and paragraph of a letter of a couple
 * of MB. Past it, what does not fit is computed again on the next check.
 */
export const LETTER_CACHE_CHARS = 2_000_000;

export class GenerationCache<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();
  private weight = 0;

  constructor(
    private readonly budget = Infinity,
    private readonly weigh: (key: K, value: V) => number = () => 1,
  ) {}

  get(key: K): V | undefined {
    let v = this.current.get(key);
    if (v !== undefined) return v;
    v = this.previous.get(key);
    if (v !== undefined) this.keep(key, v);
    return v;
  }

  set(key: K, value: V): void {
    this.keep(key, value);
  }

  /** Call once per run (e.g. per parse): entries not used in this run or the last are forgotten. */
  nextGeneration(): void {
    this.previous = this.current;
    this.current = new Map();
    this.weight = 0;
  }

  private keep(key: K, value: V): void {
    if (this.weight >= this.budget) return;
    this.weight += this.weigh(key, value);
    this.current.set(key, value);
  }
}
