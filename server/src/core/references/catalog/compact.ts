import type { CatalogEntry, SourceMark } from './entry';

// Large tables are kept as text, one entry a line, and parsed the first time anyone reads them: the server starts
// without building maps nobody has asked for yet, and the bundle stays small.
//
// Line format: `id|title|mark|gloss` (gloss optional). The mark is K, ?, or C:SOURCE (a key of SOURCES); `-` or
// nothing takes the table's default. Blank lines and lines starting with `#` are ignored.

/** A Map that fills itself from `load` on first use. Writes are not expected after the first read. */
export class LazyMap<V> extends Map<string, V> {
  private load: (() => Iterable<readonly [string, V]>) | undefined;

  constructor(load: () => Iterable<readonly [string, V]>) {
    super();
    this.load = load;
  }

  private fill(): void {
    const load = this.load;
    if (!load) return;
    this.load = undefined;
    for (const [k, v] of load()) {
      // A repeated designation is a mistake in the table, never a second meaning: fail loudly in tests.
      if (super.has(k)) throw new Error(`catalog table lists ${k} twice`);
      super.set(k, v);
    }
  }

  override get(key: string): V | undefined {
    this.fill();
    return super.get(key);
  }
  override has(key: string): boolean {
    this.fill();
    return super.has(key);
  }
  override get size(): number {
    this.fill();
    return super.size;
  }
  override keys(): MapIterator<string> {
    this.fill();
    return super.keys();
  }
  override values(): MapIterator<V> {
    this.fill();
    return super.values();
  }
  override entries(): MapIterator<[string, V]> {
    this.fill();
    return super.entries();
  }
  override forEach(cb: (value: V, key: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    this.fill();
    super.forEach(cb, thisArg);
  }
  override [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}

/** Parses `id|title|mark|gloss` lines. `extra` may add fields (a link, a source) per entry. */
export function parseLines(
  text: string,
  defaultMark: string,
  extra?: (id: string, e: CatalogEntry) => Partial<CatalogEntry> | undefined,
): [string, CatalogEntry][] {
  const out: [string, CatalogEntry][] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [id, title, mark, gloss] = line.split('|');
    const m = mark && mark !== '-' ? mark : defaultMark;
    const e: CatalogEntry = { id, title, mark: m.slice(0, 1) as SourceMark };
    if (m.startsWith('C:')) e.source = m.slice(2);
    if (gloss) e.gloss = gloss;
    const more = extra?.(id, e);
    out.push([id, more ? { ...e, ...more } : e]);
  }
  return out;
}

/** A lazily parsed table. */
export function lazyTable(
  text: string,
  defaultMark: string,
  extra?: (id: string, e: CatalogEntry) => Partial<CatalogEntry> | undefined,
): LazyMap<CatalogEntry> {
  return new LazyMap(() => parseLines(text, defaultMark, extra));
}
