import type { Analysis } from '../check';
import type { Span } from '../model';
import { describe } from '../references/catalog/describe';
import { letterDate } from '../references/letter-dates';

/** Links from citations to their public canonical pages (eCFR, sec.gov, asc.fasb.org, ifrs.org, pcaobus.org). */
export function documentLinks(analysis: Analysis): { span: Span; target: string; tooltip?: string }[] {
  const asOf = letterDate(analysis.letter);
  const out: { span: Span; target: string; tooltip?: string }[] = [];
  for (const c of analysis.citations) {
    const d = describe(c, { asOf });
    if (!d.url || d.exists === 'no') continue;
    const title = d.entry?.title;
    out.push({ span: c.span, target: d.url, tooltip: `Open ${c.canonical}${title ? ` — ${title}` : ''}` });
  }
  return out;
}
