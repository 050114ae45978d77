/**
 * How sure we are of a catalog fact: C = confirmed in a source read while building the catalog, K = general
 * knowledge not re-confirmed, ? = unsure or known to have changed recently. Hover shows the mark for K and ?.
 */
export type SourceMark = 'C' | 'K' | '?';

export interface CatalogEntry {
  /** The designation as a drafter writes it: "350", "350-20", "S99", "5.D", "3-05", "102.11". */
  id: string;
  title: string;
  /** One line in our own words on what the provision covers. */
  gloss?: string;
  mark: SourceMark;
  /** A public canonical page, when one exists. */
  url?: string;
  /** A historical or reading note shown under the title. */
  note?: string;
  /** The authority that replaced this one, as a canonical cite ("ASC 606"). */
  supersededBy?: string;
  /** ISO date from which the replacement applies (used to stay quiet about letters written before it). */
  supersededFrom?: string;
  /** For mark C: the key in SOURCES of the source the fact was checked against. */
  source?: string;
}

/** Builds entries from compact rows: [id, title, mark, gloss?, extra?]. */
export type Row = readonly [string, string, SourceMark, string?, Partial<CatalogEntry>?];

export function fromRows(rows: readonly Row[], url?: (id: string) => string | undefined): Map<string, CatalogEntry> {
  const map = new Map<string, CatalogEntry>();
  for (const [id, title, mark, gloss, extra] of rows) {
    if (map.has(id)) throw new Error(`catalog table lists ${id} twice`);
    const link = url?.(id);
    // Rows written before sources were recorded per entry were confirmed in the reference research notes.
    const source = mark === 'C' ? { source: 'RESEARCH' } : {};
    map.set(id, { id, title, mark, ...source, ...(gloss ? { gloss } : {}), ...(link ? { url: link } : {}), ...extra });
  }
  return map;
}

export const ECFR = (part: string, section?: string): string =>
  section
    ? `https://www.ecfr.gov/current/title-17/section-${part}.${section}`
    : `https://www.ecfr.gov/current/title-17/part-${part}`;
