import type { Finding, Letter } from './model';

/**
 * Drops findings silenced by `<!-- corresp-disable-next-line RULE -- reason -->` (the next non-blank line) or by a
 * `<!-- corresp-disable RULE -->` … `<!-- corresp-enable RULE -->` region. No rule list means every rule.
 */
export function applySuppressions(letter: Letter, findings: Finding[]): Finding[] {
  if (!letter.suppressions.length) return findings;
  const text = letter.text;
  const nextLine: { start: number; end: number; rules: string[] }[] = [];
  const regions: { start: number; end: number; rules: string[] }[] = [];
  const open = new Map<string, number>();
  for (const s of letter.suppressions) {
    if (s.kind === 'next-line') {
      let at = text.indexOf('\n', s.span.end);
      if (at < 0) continue;
      at++;
      while (at < text.length) {
        const eol = text.indexOf('\n', at);
        const end = eol < 0 ? text.length : eol;
        if (text.slice(at, end).trim()) {
          nextLine.push({ start: at, end, rules: s.rules });
          break;
        }
        if (eol < 0) break;
        at = eol + 1;
      }
    } else {
      const keys = s.rules.length ? s.rules : ['*'];
      for (const key of keys) {
        if (s.kind === 'disable') {
          if (!open.has(key)) open.set(key, s.span.end);
        } else if (open.has(key)) {
          regions.push({ start: open.get(key)!, end: s.span.start, rules: key === '*' ? [] : [key] });
          open.delete(key);
        }
      }
    }
  }
  for (const [key, start] of open) regions.push({ start, end: text.length, rules: key === '*' ? [] : [key] });
  const covers = (r: { rules: string[] }, rule: string) => r.rules.length === 0 || r.rules.includes(rule);
  return findings.filter((f) => {
    for (const n of nextLine) if (f.span.start >= n.start && f.span.start <= n.end && covers(n, f.rule)) return false;
    for (const g of regions) if (f.span.start >= g.start && f.span.start < g.end && covers(g, f.rule)) return false;
    return true;
  });
}
