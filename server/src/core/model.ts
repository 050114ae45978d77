// The typed model of a response letter. Everything here is plain data: no editor types, no classes,
// so the same objects travel through the CLI, the language server and the tests.
//
// Offsets are UTF-16 code-unit offsets into the original document text (what JavaScript strings use and
// what LSP positions count), half-open: [start, end).

export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** Facts about the letter, from YAML front matter or from the Re: block of a plain letter. */
export interface LetterFacts {
  /** Where the facts came from: front matter, a Re: block read from plain text, or nowhere. */
  source: 'front-matter' | 're-block' | 'none';
  company?: string;
  /** The filing(s) reviewed, e.g. "Form 20-F for the fiscal year ended December 31, 2016". */
  filing?: string;
  filed?: string;
  fileNumber?: string;
  /** ISO date (YYYY-MM-DD) when it could be read, else the text as written. */
  staffLetterDate?: string;
  responseDate?: string;
  /** Any other front-matter keys, as parsed YAML. */
  extra: Record<string, unknown>;
  span?: Span;
}

export interface Caption {
  /** The caption as written, without heading markers, e.g. "Goodwill, page 84". */
  title: string;
  /** 1 = top level. Markdown headings use their level; plain-text captions get 1. */
  level: number;
  /** "84" or "F-12" when the caption ends with ", page N". */
  pageRef?: string;
  span: Span;
}

export type CommentStyle =
  | 'numbered-paragraph' // "1. We note ..."
  | 'blockquote' // "> **1.** We note ..."
  | 'number-alone' // "1." on its own line, text on the next
  | 'list-marker' // "- 5. Tell us ..."
  | 'comment-heading' // "Comment 1", "SEC Comment 1:", "## Comment 1"
  | 'emphasis' // "**1. We note ...**" / "*1. ...*"
  | 'unnumbered'; // a restated comment with no number at all, read by its voice and the label after it

export interface PriorCommentRef {
  /** The referenced number, or undefined when spelled in a way we could not read. */
  number?: number;
  text: string;
  span: Span;
}

export interface StaffComment {
  number: number;
  /** The number as written, when it differs: a plain letter that repeats the previous comment's number for the next
   * comment after its answer (reader/decode.ts, repeatedNumber). Numbering rules read the written number. */
  written?: number;
  /** Caption path from the top-level caption down to the nearest one. */
  captions: string[];
  pageRef?: string;
  /** Plain text of the comment (markdown markers and page furniture removed). */
  text: string;
  bullets: string[];
  priorCommentRefs: PriorCommentRef[];
  style: CommentStyle;
  /** The whole comment block. */
  span: Span;
  /** Just the number token ("5." / "Comment 5"). */
  numberSpan: Span;
}

export type ResponseLabelStyle =
  | 'response' // "Response:" / "**Response:**" / "Response"
  | 'response-n' // "Response 3:" / "Response to Comment 3:"
  | 'company-response' // "Company Response 3:", "Acme Response:", "Management's Response:"
  | 'unlabelled'; // a paragraph after the comment with no label (tolerated in plain letters)

export interface CompanyResponse {
  /** The comment it answers: from the label's own number, else the preceding comment. */
  number: number | undefined;
  /** Plain text of the response body (label removed). */
  text: string;
  labelStyle: ResponseLabelStyle;
  /** The whole response: label plus body. */
  span: Span;
  labelSpan: Span;
  /** The body after the label (may be empty). */
  bodySpan: Span;
  /** Paragraph spans of the body, in order: sentence-level analyses run over these. */
  paragraphs: Span[];
}

export interface Suppression {
  kind: 'next-line' | 'disable' | 'enable';
  /** Empty means every rule. */
  rules: string[];
  reason?: string;
  span: Span;
}

export interface ParseProblem {
  message: string;
  span: Span;
  /** What letter-syntax reports it as, when not its default: an error where an export would leak or lose text. */
  severity?: Severity;
}

/** Results of the reference and commitment analyses, attached by the core after parsing. */
export interface Letter {
  text: string;
  /** 'markdown' for the dialect, 'plain' for a letter pasted or extracted as text. */
  flavour: 'markdown' | 'plain';
  facts: LetterFacts;
  captions: Caption[];
  comments: StaffComment[];
  responses: CompanyResponse[];
  suppressions: Suppression[];
  /** Where the letter body ends (closing, signature); responses never extend past it. */
  closingStart?: number;
  problems: ParseProblem[];
}

/** A text edit on the original document. */
export interface TextEdit {
  span: Span;
  newText: string;
}

/** A fix is data: a title and the edits that carry it out. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** True when the fix is safe to apply without looking (used by "fix all" and `corresp check --fix`). */
  preferred?: boolean;
}

export interface RelatedLocation {
  span: Span;
  message: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  span: Span;
  related?: RelatedLocation[];
  fixes?: Fix[];
}
