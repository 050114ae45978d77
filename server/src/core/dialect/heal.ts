// Sentences healed across page breaks, for whoever reads sentences (the commitment detector).
//
// The reader removes page furniture (page numbers, running headers and footers, template leftovers, confidentiality
// legends), so a sentence that a page break cut in two arrives as two paragraphs: "… we will expand the disclosure
// in" and "our Form 10-K for 2017." This module joins such paragraphs back into one text and keeps the way back to
// the letter's offsets, so a finding in the healed text still points at the letter.
//
// Contract (agreed with the commitment detector, server/src/core/commitments/):
//   healParagraphs(letter.text, response.paragraphs) → HealedText[]
//   - one HealedText per run of paragraphs that belong together; every paragraph is in exactly one, in order;
//   - paragraph k is joined with paragraph k+1 when k ends without terminal punctuation (. ! ? : ; or a closing
//     quote or bracket after one) and k+1 starts lower-case, with a digit, or with ( , ; — a sentence that goes on;
//   - `text` is the pieces' letter text joined by one space; `toOriginal(i)` gives the letter offset of text[i]
//     (and of the end, for i = text.length); `pieces` are the spans joined.
// Pure, linear in the paragraphs' length, never throws.
import type { CompanyResponse, Letter, Span } from '../model';
import { lastAtOrBefore } from '../text/lines';

export interface HealedText {
  /** The joined text: each piece's letter text, one space between pieces. */
  text: string;
  /** The letter spans joined, in order. */
  pieces: Span[];
  /** Letter offset of `text[i]`; `i = text.length` gives the end of the last piece. */
  toOriginal(i: number): number;
}

const ENDS_SENTENCE = /[.!?:;]["'\u201D\u2019)\]]*\s*(?:\*\*|__|\*|_)?\s*$/;
const GOES_ON = /^\s*(?:[*_]+)?[a-z0-9(,;\u2013\u2014-]/;

/** Joins paragraphs that one sentence spans across a page break (see the contract above). */
export function healParagraphs(text: string, paragraphs: readonly Span[]): HealedText[] {
  const out: HealedText[] = [];
  let run: Span[] = [];
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    if (run.length) {
      const prev = run[run.length - 1];
      const joins = !ENDS_SENTENCE.test(text.slice(Math.max(prev.start, prev.end - 12), prev.end)) && GOES_ON.test(text.slice(p.start, Math.min(p.end, p.start + 8)));
      if (!joins) {
        out.push(healed(text, run));
        run = [];
      }
    }
    run.push(p);
  }
  if (run.length) out.push(healed(text, run));
  return out;
}

/** A response's body, healed across page breaks. */
export function healedResponse(letter: Pick<Letter, 'text'>, response: Pick<CompanyResponse, 'paragraphs'>): HealedText[] {
  return healParagraphs(letter.text, response.paragraphs);
}

function healed(text: string, pieces: Span[]): HealedText {
  const starts: number[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const p of pieces) {
    starts.push(at);
    const s = text.slice(p.start, p.end);
    parts.push(s);
    at += s.length + 1;
  }
  const joined = parts.join(' ');
  return {
    text: joined,
    pieces: pieces.slice(),
    toOriginal(i: number): number {
      if (i >= joined.length) return pieces[pieces.length - 1].end;
      const lo = lastAtOrBefore(starts, i);
      // The joining space maps to the end of the piece before it.
      return Math.min(pieces[lo].start + (i - starts[lo]), pieces[lo].end);
    },
  };
}
