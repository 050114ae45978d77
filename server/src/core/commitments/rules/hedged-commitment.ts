import type { Span } from '../../model';
import type { Rule } from '../../rules/rule';
import { analyseCommitments } from '../commitment';
import { shorten } from '../wording';

/** Finds the words of a hedge in the raw sentence (which may wrap lines or carry markdown). */
function locate(text: string, span: Span, phrase: string): Span {
  const words = phrase.replace(/[\u2026.]+$/, '').split(/\s+/).filter(Boolean).slice(0, 6);
  if (!words.length) return span;
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s*_]+'), 'i');
  const m = re.exec(text.slice(span.start, span.end));
  return m ? { start: span.start + m.index, end: span.start + m.index + m[0].length } : span;
}

/** A long conditional shown by its opening words: "if there are any known trends which may …" → "if there are any …". */
function hedgeWords(h: string): string {
  const words = h.split(/\s+/);
  return words.length > 7 ? `${words.slice(0, 5).join(' ')} \u2026` : h;
}

/** Soft words in a promise, or a future-sounding sentence that promises nothing: surfaced, not forbidden. */
export const hedgedCommitment: Rule = {
  id: 'hedged-commitment',
  description: 'A commitment is softened ("as appropriate", "to the extent material"), or "will consider" stands where a promise is expected.',
  defaultSeverity: 'info',
  fixable: false,
  check(ctx, report) {
    const { hedges } = analyseCommitments(ctx.letter);
    const text = ctx.letter.text;
    for (const c of ctx.commitments) {
      if (!c.hedges.length) continue;
      const first = c.hedges[0];
      const all = c.hedges.map((h) => `\u201c${hedgeWords(h)}\u201d`).join(', ');
      report({
        message: `Commitment hedged by ${all}`,
        span: locate(text, c.span, first),
      });
    }
    for (const h of hedges) {
      report({
        message: `\u201c${hedgeWords(shorten(h.phrase, 50))}\u201d promises nothing`,
        span: locate(text, h.span, h.phrase),
      });
    }
  },
};
