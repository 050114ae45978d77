import type { Analysis } from '../check';
import type { Span } from '../model';
import type { Citation } from '../references/citation';
import { describe, type Description } from '../references/catalog/describe';
import { letterDate } from '../references/letter-dates';

// A title we have not checked against the official text says so, in words a lawyer reads at a glance; a confirmed
// title carries no mark at all.
const MARK_WORDS: Record<string, string> = {
  K: 'title not yet verified',
  '?': 'title uncertain or recently changed',
};

/** Hover text for the citation under the cursor: canonical form, title path, gloss, notes, link and source marks. */
export function hoverAt(analysis: Analysis, offset: number): { span: Span; markdown: string } | undefined {
  const cite = citationAt(analysis.citations, offset);
  if (!cite) return undefined;
  const d = describe(cite, { asOf: letterDate(analysis.letter) });
  return { span: cite.span, markdown: citationMarkdown(cite, d) };
}

/** The innermost citation whose span holds the offset (its end included, so hovering just after a cite works). */
export function citationAt(citations: readonly Citation[], offset: number): Citation | undefined {
  let best: Citation | undefined;
  for (const c of citations) {
    if (c.span.start <= offset && offset <= c.span.end) {
      if (!best || c.span.end - c.span.start < best.span.end - best.span.start) best = c;
    }
    if (c.span.start > offset) break;
  }
  return best;
}

export function citationMarkdown(cite: Citation, d: Description): string {
  const lines: string[] = [`**${escape(cite.canonical)}**`, ''];
  lines.push(
    d.path
      .map((s) => `${escape(s.label)}${s.title ? ` ${escape(s.title)}` : ''}${s.title && s.mark && s.mark !== 'C' ? ` (${MARK_WORDS[s.mark]})` : ''}`)
      .join(' › '),
  );
  if (d.problem) lines.push('', `⚠ ${escape(d.problem)}.`);
  if (d.entry?.gloss) lines.push('', escape(d.entry.gloss));
  if (cite.malformed) lines.push('', `Written as "${escape(cite.text.replace(/\s+/g, ' '))}": ${escape(cite.malformed.reason)}.`);
  if (d.superseded) lines.push('', `Superseded: see ${escape(d.superseded.by)}.`);
  for (const n of d.notes) lines.push('', `*${escape(n)}*`);
  if (cite.regime === 'guess') lines.push('', '*Regime inferred from the number alone; name it ("of Regulation S-K", "of Form 10-K") to be sure.*');
  const unverified = d.path.some((s) => s.title && s.mark && s.mark !== 'C') || (d.entry !== undefined && d.entry.mark !== 'C');
  if (unverified) lines.push('', '*Check the official text before relying on an unverified title.*');
  if (d.url) lines.push('', `[Open ${escape(cite.canonical)}](${d.url})`);
  return lines.join('\n');
}

function escape(s: string): string {
  return s.replace(/([\\`*_[\]<>])/g, '\\$1');
}
