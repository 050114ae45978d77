// Where a line of the converted letter text came from in the original document: the page of a PDF, the paragraph of
// a Word document, the line of an HTML file. Findings on a converted letter name it, so a reader of the PDF or DOCX
// can find the place without the converted text.

export interface SourceLocation {
  /** 1-based page of a PDF. */
  page?: number;
  /** 1-based paragraph of a Word document (body paragraphs and table cells, in document order). */
  paragraph?: number;
  /** 1-based line of the original file (HTML). */
  line?: number;
}

/** One entry per line of the converted text (index = 0-based line); undefined where a line has no single origin. */
export type SourceMap = (SourceLocation | undefined)[];

/** "page 3", "paragraph 12", "line 40 of the original": how a finding names its place in the original. */
export function describeLocation(loc: SourceLocation | undefined): string | undefined {
  if (!loc) return undefined;
  if (loc.page !== undefined) return `page ${loc.page}`;
  if (loc.paragraph !== undefined) return `paragraph ${loc.paragraph}`;
  if (loc.line !== undefined) return `line ${loc.line} of the original`;
  return undefined;
}

/** The origin of a 0-based text line, looking back to the nearest mapped line (blank lines carry no origin). */
export function locate(map: SourceMap | undefined, line: number): SourceLocation | undefined {
  if (!map) return undefined;
  for (let i = Math.min(line, map.length - 1); i >= 0; i--) if (map[i]) return map[i];
  return undefined;
}
