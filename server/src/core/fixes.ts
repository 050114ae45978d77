import type { Finding, Fix, TextEdit } from './model';

/**
 * The edits of a set of fixes, in document order, ready to apply together: an edit repeated across fixes (same span,
 * same text) is kept once, inserts at one offset keep the order of the list (and come before an edit replacing text
 * from that offset), and an edit that overlaps one already taken is dropped. Well defined for any set of fixes.
 */
export function composeEdits(text: string, fixes: readonly Fix[]): TextEdit[] {
  const seen = new Set<string>();
  const all: { e: TextEdit; i: number }[] = [];
  for (const f of fixes) {
    for (const e of f.edits) {
      if (e.span.start < 0 || e.span.end > text.length || e.span.start > e.span.end) continue;
      const key = `${e.span.start}:${e.span.end}:${e.newText}`;
      if (seen.has(key)) continue;
      seen.add(key);
      all.push({ e, i: all.length });
    }
  }
  // From the end backwards: later starts first; at one start, the replacement (longer) first, then the inserts from
  // the last listed to the first, so that in the result they read in list order.
  all.sort((a, b) => b.e.span.start - a.e.span.start || b.e.span.end - a.e.span.end || b.i - a.i);
  const taken: TextEdit[] = [];
  let floor = Infinity;
  for (const { e } of all) {
    if (e.span.end > floor) continue;
    taken.push(e);
    floor = e.span.start;
  }
  return taken.reverse();
}

/** Applies fixes to text (see `composeEdits` for how edits of several fixes combine). */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  const edits = composeEdits(text, fixes);
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  return out + text.slice(at);
}

/**
 * "Fix all": the preferred (safe) fix of every finding, as one fix; or, for "Fix all <rule> problems", which the user
 * asks for by name, each finding's preferred fix or else its first. Its edits compose (`composeEdits`).
 */
export function fixAllFix(findings: readonly Finding[], rule?: string): Fix | undefined {
  const fixes: Fix[] = [];
  for (const f of findings) {
    if (rule !== undefined && f.rule !== rule) continue;
    const fix = f.fixes?.find((x) => x.preferred) ?? (rule !== undefined ? f.fixes?.[0] : undefined);
    if (fix) fixes.push(fix);
  }
  if (!fixes.length) return undefined;
  return { title: rule ? `Fix all ${rule} problems` : 'Fix all corresp problems in this letter', edits: fixes.flatMap((f) => f.edits), preferred: false };
}
