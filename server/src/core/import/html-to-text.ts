// EDGAR HTML → plain, line-preserving text for the staff-letter importer: the input layer's HTML reader
// (core/input/html.ts) without emphasis, since the importer quotes the staff's words verbatim and sets its own.

import { htmlToLetterText } from '../input/html';

export { decodeEntities, looksLikeHtml } from '../input/html';

/** Converts HTML to text with one line per block element or table cell. */
export function htmlToText(html: string): string {
  return htmlToLetterText(html, { emphasis: false }).text;
}
