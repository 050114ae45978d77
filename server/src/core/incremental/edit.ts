// What changed between two versions of a document: one replaced range, found as the common head and tail.

/** `before[start, oldEnd)` became `after[start, newEnd)`; everything before `start` and from the ends on is equal. */
export interface Edit {
  start: number;
  oldEnd: number;
  newEnd: number;
  /** newEnd − oldEnd: how far text after the edit moved. */
  delta: number;
}

const BLOCK = 2048;

// The parser, the commitment detector and the citation scan each ask for the same two versions in one check: the
// last answer is kept (the texts are the same string objects, so the comparison is a pointer check).
let last: { before: string; after: string; edit: Edit } | undefined;

/** The edit that turns `before` into `after` (the widest common head, then the widest common tail after it). */
export function editBetween(before: string, after: string): Edit {
  if (last && last.before === before && last.after === after) return last.edit;
  const edit = computeEdit(before, after);
  last = { before, after, edit };
  return edit;
}

function computeEdit(before: string, after: string): Edit {
  const min = Math.min(before.length, after.length);
  // A block at a time (string equality is a memory compare), then character by character.
  let p = 0;
  while (p + BLOCK <= min && before.slice(p, p + BLOCK) === after.slice(p, p + BLOCK)) p += BLOCK;
  while (p < min && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s + BLOCK <= min - p && before.slice(before.length - s - BLOCK, before.length - s) === after.slice(after.length - s - BLOCK, after.length - s)) s += BLOCK;
  while (s < min - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  const oldEnd = before.length - s;
  const newEnd = after.length - s;
  return { start: p, oldEnd, newEnd, delta: newEnd - oldEnd };
}
