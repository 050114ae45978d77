import type { Analysis } from '../check';
import type { PriorLetter } from '../prior-letter';
import type { Letter, Span, StaffComment } from '../model';
import type { Citation } from '../references/citation';
import { describe, type Description } from '../references/catalog/describe';
import { letterDate } from '../references/letter-dates';
import { commentRefAt } from './comment-refs';

// A title we have not checked against the official text says so, in words a lawyer reads at a glance; a confirmed
// title carries no mark at all.
const MARK_WORDS: Record<string, string> = {
  K: 'title not yet verified',
  '?': 'title uncertain or recently changed',
};

/**
 * Hover text at the offset: a citation (canonical form, title path, gloss, notes, link, and a note where the title is
 * not confirmed), else a comment number or a reference to a comment ("comment 3", "prior comment 2").
 */
export function hoverAt(analysis: Analysis, offset: number): { span: Span; markdown: string } | undefined {
  const cite = citationAt(analysis.citations, offset);
  if (!cite) return commentHoverAt(analysis.letter, offset, analysis.prior);
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

// Comments -------------------------------------------------------------------------------------------------------

/** A comment number, "comment 3" / "prior comment 2" in the text, or a response label: that comment's first lines. */
export function commentHoverAt(letter: Letter, offset: number, prior?: PriorLetter): { span: Span; markdown: string } | undefined {
  const ref = commentRefAt(letter, offset);
  if (!ref) {
    // A response's label: the comment it answers, to read the question while writing the answer far below it.
    const r = letter.responses.find((x) => x.labelSpan.start <= offset && offset <= x.labelSpan.end && x.labelSpan.end > x.labelSpan.start);
    const c = r && letter.comments.find((x) => x.number === r.number);
    return r && c ? { span: r.labelSpan, markdown: commentMarkdown(letter, c) } : undefined;
  }
  if (ref.kind === 'number') return { span: ref.span, markdown: commentMarkdown(letter, ref.comment) };
  if (ref.prior) return { span: ref.span, markdown: priorMarkdown(letter, ref.number, prior) };
  const c = letter.comments.find((x) => x.number === ref.number);
  return c ? { span: ref.span, markdown: commentMarkdown(letter, c) } : undefined;
}

function commentMarkdown(letter: Letter, c: StaffComment): string {
  const lines = [`**Comment ${c.number}**${c.captions.length ? ` \u2014 ${escape(c.captions.join(' \u203a '))}` : ''}`, ''];
  lines.push(`> ${escape(firstWords(c.text, 400))}`);
  const r = letter.responses.find((x) => x.number === c.number);
  lines.push('', r ? (r.text.trim() ? `Response: ${escape(firstWords(r.text, 160))}` : 'Response: not written yet.') : 'No response yet.');
  return lines.join('\n');
}

/**
 * The prior round: the letter the front matter names (`prior:`) when it was read, else the importer's note
 * ("<!-- corresp-import: prior comment 2 | staff: "…" | our response: "…" -->") when present.
 */
function priorMarkdown(letter: Letter, n: number, prior?: PriorLetter): string {
  // The importer writes "<!-- corresp-import: prior comment 2 | … -->"; a drafter may leave out the prefix.
  const note = new RegExp(`<!--\\s*(?:corresp-import:\\s*)?prior comment ${n}\\s*\\|([\\s\\S]*?)-->`).exec(letter.text);
  const lines = [`**Prior comment ${n}** (the staff's earlier letter)`, ''];
  const before = prior?.letter?.comments.find((c) => c.number === n);
  if (prior?.letter && before) {
    lines.push(`> ${escape(firstWords(before.text, 400))}`);
    const r = prior.letter.responses.find((x) => x.number === n);
    lines.push('', r && r.text.trim() ? `Our response: ${escape(firstWords(r.text, 300))}` : 'No response to it in that letter.');
    lines.push('', `*From ${escape(prior.path)}*`);
  } else if (prior?.letter) {
    lines.push(`The prior letter (${escape(prior.path)}) has no comment ${n}.`);
  } else if (note) {
    const staff = /staff:\s*"([\s\S]*?)"\s*(?:\||$)/.exec(note[1]);
    const ours = /our response:\s*"([\s\S]*?)"\s*$/.exec(note[1].trim());
    if (staff) lines.push(`> ${escape(firstWords(staff[1], 400))}`);
    if (ours) lines.push('', `Our response: ${escape(firstWords(ours[1], 300))}`);
  } else {
    const dated = letter.facts.extra['prior-response'] ?? letter.facts.extra['prior-letter'];
    const when = dated ? ` Our previous response is dated ${escape(String(dated instanceof Date ? dated.toISOString().slice(0, 10) : dated))}.` : '';
    lines.push(
      prior?.problem
        ? `Not in this letter.${when} The prior letter "${escape(prior.path)}" cannot be read: ${escape(prior.problem)}.`
        : `Not in this letter.${when} Name the previous response in the front matter (\`prior: ../previous.corresp.md\`) to see its text here.`,
    );
  }
  return lines.join('\n');
}

function firstWords(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).replace(/\s+\S*$/, '')} \u2026` : t;
}
