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

/**
 * "prior comment N" in a staff comment → that comment in the previous round's letter (front matter `prior:`), as the
 * path written there and the comment's line (1-based); the adapter turns the path into a link relative to the letter.
 */
export function priorCommentLinks(analysis: Analysis): { span: Span; path: string; line: number; tooltip: string }[] {
  const prior = analysis.prior;
  if (!prior?.letter) return [];
  const text = prior.letter.text;
  const out: { span: Span; path: string; line: number; tooltip: string }[] = [];
  for (const c of analysis.letter.comments) {
    for (const ref of c.priorCommentRefs) {
      const target = prior.letter.comments.find((x) => x.number === ref.number);
      if (!target) continue;
      let line = 1;
      for (let i = text.indexOf('\n'); i >= 0 && i < target.span.start; i = text.indexOf('\n', i + 1)) line++;
      out.push({ span: ref.span, path: prior.path, line, tooltip: `Open comment ${target.number} of the prior letter (${prior.path})` });
    }
  }
  return out;
}
