// Citations after an edit: rescan only a window around the changed text and reuse the previous scan elsewhere.
//
// Why this is exact: the grammar scans left to right and carries context forward (the last C&DI set, the last
// regulation named, where "non-GAAP" was seen), but only over bounded distances (the widest is 4,000 characters
// for a C&DI set; look-backs are at most a few hundred), and the letter's form is read from its first 3,000
// characters. So a scan started MARGIN characters before a position agrees with the full scan from there on, and
// text more than MARGIN after the edit is scanned as it was before, only shifted. Edits near the head fall back to
// a full scan. The property tests (test/robustness) compare every result with a full scan.
import type { Span } from '../model';
import { findCitations, type Citation } from '../references/citation';
import { cachesEnabled, perDocument } from './analysis-cache';

/** Larger than every context window and look-back of the citation grammar, with room to spare. */
export const MARGIN = 8000;
/** The grammar reads the letter's form from this much of the head. */
const HEAD = 3000;
const BLOCK = 2048;

/** The document's last scan. */
const lastScan = perDocument((): { last?: { text: string; from: number; citations: Citation[] } } => ({}));

/**
 * Every cite in the text from `from` on (the end of the front matter: its YAML is data, never read for cites), as
 * `findCitations(text, from)` finds them. The scan still reads the letter's form from the whole head.
 */
export function citationsOf(text: string, from = 0): Citation[] {
  if (!cachesEnabled()) return findCitations(text, from);
  const state = lastScan();
  const prev = state.last && state.last.from === from ? state.last : undefined;
  let result: Citation[] | undefined;
  if (prev && prev.text === text) result = prev.citations;
  else if (prev) result = splice(prev.text, prev.citations, text, from);
  result ??= findCitations(text, from);
  state.last = { text, from, citations: result };
  // The cites are shared with the caller, not copied: on a long letter a copy of every cite costs as much as the
  // scan's own result, and nothing changes a cite once it is found (rules and features only read them).
  return result;
}

function splice(before: string, old: Citation[], text: string, bodyStart: number): Citation[] | undefined {
  const min = Math.min(before.length, text.length);
  // Common head and tail, a block at a time (string equality is a memory compare), then character by character.
  let p = 0;
  while (p + BLOCK <= min && before.slice(p, p + BLOCK) === text.slice(p, p + BLOCK)) p += BLOCK;
  while (p < min && before.charCodeAt(p) === text.charCodeAt(p)) p++;
  let s = 0;
  while (s + BLOCK <= min - p && before.slice(before.length - s - BLOCK, before.length - s) === text.slice(text.length - s - BLOCK, text.length - s)) s += BLOCK;
  while (s < min - p && before.charCodeAt(before.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
  const lo = p - MARGIN;
  if (lo < HEAD + MARGIN) return undefined;
  const oldEnd = before.length - s;
  const newEnd = text.length - s;
  const delta = newEnd - oldEnd;
  const hi = newEnd + MARGIN;
  const from = Math.max(bodyStart, lo - MARGIN);
  const toEnd = hi + MARGIN >= text.length;
  // Nothing worth saving when the window covers the whole letter.
  if (toEnd && from === 0) return undefined;
  // The old scan must be in position order for the cut points below to mean anything.
  for (let i = 1; i < old.length; i++) if (old[i].span.start < old[i - 1].span.start) return undefined;
  const out: Citation[] = [];
  for (const c of old) {
    if (c.span.start >= lo) break;
    if (c.span.end > p) return undefined; // a cite running into the edit: rescan everything
    out.push(c);
  }
  for (const c of findCitations(text, from, toEnd ? text.length : hi + MARGIN)) if (c.span.start >= lo && (toEnd || c.span.start < hi)) out.push(c);
  if (!toEnd) for (const c of old) if (c.span.start + delta >= hi) out.push(shifted(c, delta));
  return out;
}

function isSpan(v: unknown): v is Span {
  if (!v || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  if (typeof o.start !== 'number' || typeof o.end !== 'number') return false;
  for (const k in o) if (k !== 'start' && k !== 'end') return false;
  return true;
}

/** The same cite `delta` characters later: every span-valued field moves. */
function shifted(c: Citation, delta: number): Citation {
  const out = { ...c } as unknown as Record<string, unknown>;
  for (const k in out) {
    const v = out[k];
    if (typeof v === 'object' && isSpan(v)) out[k] = { start: v.start + delta, end: v.end + delta };
  }
  return out as unknown as Citation;
}
