import type { StaffComment } from '../../model';

/** "Comment 4 (Goodwill, page 84)": how a drafter names a comment, with its nearest caption. */
export function describeComment(c: Pick<StaffComment, 'number' | 'captions'>): string {
  const caption = c.captions[c.captions.length - 1];
  return caption ? `Comment ${c.number} (${caption})` : `Comment ${c.number}`;
}

/** The first line of a comment: where its diagnostics point. */
export function firstLineSpan(text: string, c: StaffComment): { start: number; end: number } {
  const eol = text.indexOf('\n', c.span.start);
  const end = eol < 0 || eol > c.span.end ? c.span.end : eol;
  return { start: c.span.start, end: text[end - 1] === '\r' ? end - 1 : end };
}
