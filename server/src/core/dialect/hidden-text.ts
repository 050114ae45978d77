// What a letter hides from its readers: HTML comments (suppressions, import notes) and internal blocks
// (`<!-- internal -->` … `<!-- /internal -->`, notes for the team). An export leaves them out. One that is never
// closed would swallow the rest of the letter, so `letter-syntax` reports it as an error and an export refuses the
// letter: both read it here, so the check and the export always agree on what is hidden.
import type { Span } from '../model';

export interface UnclosedHiddenText {
  kind: 'internal' | 'comment';
  /** The opening marker. */
  span: Span;
  message: string;
}

export interface HiddenText {
  /** Every hidden passage, in order, markers included. */
  spans: Span[];
  /** The first opening marker that is never closed; everything after it would be hidden. */
  unclosed?: UnclosedHiddenText;
}

const OPEN = /<!--/g;
const INTERNAL_OPEN = /<!--\s*internal\b[^>]*?-->/iy;
const INTERNAL_CLOSE = /<!--\s*\/\s*internal\s*-->/gi;

/** The hidden passages of `text` from offset `from` (the end of the front matter). */
export function hiddenText(text: string, from = 0): HiddenText {
  const spans: Span[] = [];
  OPEN.lastIndex = from;
  for (let m = OPEN.exec(text); m; m = OPEN.exec(text)) {
    const start = m.index;
    INTERNAL_OPEN.lastIndex = start;
    const internal = INTERNAL_OPEN.exec(text);
    if (internal) {
      INTERNAL_CLOSE.lastIndex = start + internal[0].length;
      const close = INTERNAL_CLOSE.exec(text);
      const marker = { start, end: start + internal[0].length };
      if (!close) return { spans, unclosed: { kind: 'internal', span: marker, message: 'This internal block is never closed: add <!-- /internal --> where the internal note ends (until then the rest of the letter is left out of an export)' } };
      spans.push({ start, end: close.index + close[0].length });
    } else {
      const end = text.indexOf('-->', start + 4);
      if (end < 0) return { spans, unclosed: { kind: 'comment', span: { start, end: start + 4 }, message: 'This HTML comment is never closed: add --> where it ends (until then the rest of the letter is left out of an export)' } };
      spans.push({ start, end: end + 3 });
    }
    OPEN.lastIndex = spans[spans.length - 1].end;
  }
  return { spans };
}
