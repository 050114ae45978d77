import type { Fix, TextEdit } from './model';

/**
 * Applies fixes to text. Edits are applied from the end backwards; an edit that overlaps one already taken is
 * skipped, so applying any set of fixes is always well defined.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  const edits: TextEdit[] = fixes.flatMap((f) => f.edits).slice().sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let out = text;
  let floor = Infinity;
  for (const e of edits) {
    if (e.span.end > floor || e.span.start < 0 || e.span.end > text.length || e.span.start > e.span.end) continue;
    out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
    floor = e.span.start;
  }
  return out;
}
