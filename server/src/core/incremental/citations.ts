// Citations after an edit: rescan from just before the edit until the scan is back in step with the previous one,
// and reuse the previous scan elsewhere.
//
// Why this is exact: the scan goes left to right, and what it finds from a trigger on depends only on the text, where
// the search for triggers resumes, and the facts it carries forward (the last C&DI set, the last regulation named,
// where "non-GAAP" was seen: `ScanState`), each of which matters only within STATE_REACH characters. The previous scan
// recorded resume points (`ScanPoint`: position, state, cites so far). Cites found before a point far enough ahead of
// the edit that no grammar reading from there reaches it (AHEAD) are kept, and the scan resumes from that point. Once
// the new scan, past the edit by more than any grammar looks back (BEHIND), stands where the previous one stood (the
// same position, shifted by the edit) in the same state, everything after is the previous scan's, shifted. The form
// of the letter is read from its first HEAD characters, so edits there fall back to a full scan. The property tests
// (test/robustness) compare every result with a full scan.
import type { Span } from '../model';
import { STATE_REACH, scanCitations, stateAt, type Citation, type ScanPoint, type ScanState } from '../references/citation';
import { cachesEnabled, perDocument } from './analysis-cache';
import { editBetween } from './edit';

/**
 * Larger than the farthest any grammar reads ahead of the trigger it starts from (lists of items or sections run a few
 * hundred characters) or back from it (the sentence before, at most 300; "S-X" within 3,000), with room to spare.
 */
export const AHEAD = 4000;
export const BEHIND = Math.max(4000, STATE_REACH);
/** The grammar reads the letter's form from this much of the head. */
const HEAD = 3000;
/** Resume points are recorded about this far apart: how much scanning a resync can take beyond the minimum. */
const EVERY = 512;

interface Scan {
  text: string;
  from: number;
  citations: Citation[];
  points: ScanPoint[];
}

/** The document's last scan. */
const lastScan = perDocument((): { last?: Scan } => ({}));

/**
 * Every cite in the text from `from` on (the end of the front matter: its YAML is data, never read for cites), as
 * `findCitations(text, from)` finds them. The scan still reads the letter's form from the whole head.
 */
export function citationsOf(text: string, from = 0): Citation[] {
  if (!cachesEnabled()) return scanCitations(text, from).cites;
  const state = lastScan();
  const prev = state.last && state.last.from === from ? state.last : undefined;
  let scan: Scan | undefined;
  if (prev && prev.text === text) scan = prev;
  else if (prev) scan = splice(prev, text);
  if (!scan) {
    const points: ScanPoint[] = [];
    scan = { text, from, citations: scanCitations(text, from, text.length, { points, every: EVERY }).cites, points };
  }
  state.last = scan;
  // The cites are shared with the caller, not copied: on a long letter a copy of every cite costs as much as the
  // scan's own result, and nothing changes a cite once it is found (rules and features only read them).
  return scan.citations;
}

function splice(prev: Scan, text: string): Scan | undefined {
  const { start: p, oldEnd, newEnd, delta } = editBetween(prev.text, text);
  if (p < HEAD) return undefined;
  const { points, citations: old } = prev;
  // The last point from which no grammar reads as far as the edit, and before it no cite that reaches it.
  let k = -1;
  for (let i = 0; i < points.length && points[i].at + AHEAD <= p; i++) k = i;
  if (k < 0) return undefined;
  const start = points[k];
  for (let i = 0; i < start.count; i++) if (old[i].span.end > p) return undefined;
  /** A position of the previous text in the new one; undefined inside the edit. */
  const moved = (x: number): number | undefined => (x < p ? x : x >= oldEnd ? x + delta : undefined);
  let j = k + 1;
  const newPoints = points.slice(0, k + 1);
  const { cites, stoppedAt } = scanCitations(text, prev.from, text.length, {
    start,
    points: newPoints,
    every: EVERY,
    until: (at, state) => {
      if (at < newEnd + BEHIND) return false;
      while (j < points.length && points[j].at + delta < at) j++;
      return j < points.length && points[j].at + delta === at && sameState(stateAt(state, at), points[j].state, moved);
    },
  });
  // The rescanned cites share their parts with the equal cites they replace: descriptions of the catalog are
  // remembered by parts (references/catalog/describe.ts), so an unchanged cite near the edit is not described again.
  const replaced = new Map<string, Citation['parts']>();
  for (let i = start.count; i < (stoppedAt ? points[j].count : old.length); i++) replaced.set(JSON.stringify(old[i].parts), old[i].parts);
  for (const c of cites) c.parts = replaced.get(JSON.stringify(c.parts)) ?? c.parts;
  const out = old.slice(0, start.count);
  for (const c of cites) out.push(c);
  if (stoppedAt) {
    const resumed = points[j];
    for (let i = resumed.count; i < old.length; i++) out.push(shifted(old[i], delta));
    const added = stoppedAt.count - resumed.count;
    for (let i = j + 1; i < points.length; i++) newPoints.push(shiftedPoint(points[i], delta, added));
  }
  return { text, from: prev.from, citations: out, points: newPoints };
}

function sameState(a: Readonly<ScanState>, b: Readonly<ScanState>, moved: (x: number) => number | undefined): boolean {
  if (a.letterForm !== b.letterForm) return false;
  if ((a.lastNonGaap === undefined) !== (b.lastNonGaap === undefined)) return false;
  if (a.lastNonGaap !== undefined && a.lastNonGaap !== moved(b.lastNonGaap!)) return false;
  if (!a.lastCdiSet !== !b.lastCdiSet) return false;
  if (a.lastCdiSet && (a.lastCdiSet.set !== b.lastCdiSet!.set || a.lastCdiSet.at !== moved(b.lastCdiSet!.at))) return false;
  if (!a.lastRegime !== !b.lastRegime) return false;
  if (a.lastRegime && (a.lastRegime.kind !== b.lastRegime!.kind || a.lastRegime.form !== b.lastRegime!.form || a.lastRegime.at !== moved(b.lastRegime!.at))) return false;
  return true;
}

/** A point of the previous scan after the point where the new one fell back in step with it. */
function shiftedPoint(pt: ScanPoint, delta: number, added: number): ScanPoint {
  const s = pt.state;
  const state: ScanState = { letterForm: s.letterForm };
  // Past the resync, every position a point remembers lies after the edit (older ones are out of reach and dropped).
  if (s.lastCdiSet) state.lastCdiSet = { set: s.lastCdiSet.set, at: s.lastCdiSet.at + delta };
  if (s.lastNonGaap !== undefined) state.lastNonGaap = s.lastNonGaap + delta;
  if (s.lastRegime) state.lastRegime = { ...s.lastRegime, at: s.lastRegime.at + delta };
  return { at: pt.at + delta, state, count: pt.count + added };
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
  if (delta === 0) return c;
  const out = { ...c } as unknown as Record<string, unknown>;
  for (const k in out) {
    const v = out[k];
    if (typeof v === 'object' && isSpan(v)) out[k] = { start: v.start + delta, end: v.end + delta };
  }
  return out as unknown as Citation;
}
