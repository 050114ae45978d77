// Company text that answers the staff but lies outside every response the reader found. Two places, both read for
// commitments as answers to a comment the letter does not name:
//  - the body of a response letter in which the reader found no comment and no response: a letter answering one
//    unnumbered comment ("related to Question 3 ... The Company will change its presentation"), or answering every
//    comment in one paragraph ("we confirm that we will revise our disclosures in future filings"). The body runs from
//    the salutation to the sign-off;
//  - an appendix after the signature ("Appendix A", "Annex 1", "Exhibit A", "Attachment"), where a company often sets
//    out the revisions it promised ("it intends to make the following revisions to Table 19.3 in future filings").
// A staff letter (its opening reads like the staff's: "We have reviewed your filing", "We have completed our review",
// "we will not review your filing") is never read this way; a response letter that says it responds before restating a
// follow-up comment ("We have reviewed your response to prior comment 2") is no staff letter (opensAsStaffLetter).
// Pure and linear: a few bounded line scans.
import type { Letter, Span } from '../model';
import { opensAsStaffLetter } from '../dialect/parse';

/** The staff's letters that end a review or decline one: no comments, and nothing the company answers. */
const STAFF_CLOSING = /\bWe have completed our review\b|\b(?:have not reviewed and )?will not review your\b|\bWe remind you that the company and its management are responsible\b/i;
/** "Dear Ms. Doe:", "Ladies and Gentlemen:": where the body of a letter begins. */
const SALUTATION = /^[ \t>*_]*(?:Dear\b|Ladies and Gentlemen|Gentlemen\b|Gentlepersons\b|To whom it may concern|Madam(?:s)?\b|Sirs?\b)[^\n]{0,120}$/im;
/** "Very truly yours,", "Sincerely,": the sign-off that ends the body. */
const SIGN_OFF = /^[ \t>*_]*(?:(?:Very )?(?:truly|sincerely|cordially|faithfully) yours|Yours (?:very )?(?:truly|sincerely|faithfully)|Sincerely(?: yours)?|Respectfully(?: submitted| yours)?|(?:Best|Kind|Warm)(?:est)? regards|Regards|Cordially)\s*,?[ \t*_]*$/im;
/** A heading that opens an appendix: "Appendix A", "ANNEX 1 – Proposed disclosure", "Exhibit A", "Attachment 2". */
const APPENDIX = /^[ \t>#*_]*(?:Appendix|Annex|Exhibit|Attachment|Schedule|Supplement)\b(?:\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4})\b)?[^\n.]{0,100}$/gim;

/** Text outside every response read as an answer: the letter's body, or an appendix after the signature. */
export interface OutsideAnswer {
  span: Span;
  where: 'body' | 'appendix';
}

/** The spans outside every response that a response letter answers in (see the file comment). */
export function answersOutsideResponses(letter: Letter): OutsideAnswer[] {
  const text = letter.text;
  if (opensAsStaffLetter(text) || STAFF_CLOSING.test(text.slice(0, 6000))) return [];
  const out: OutsideAnswer[] = [];
  let signOff = letter.closingStart;
  if (!letter.responses.length && !letter.comments.length) {
    const body = letterBody(text, bodyStart(letter));
    if (body) {
      out.push({ span: body.span, where: 'body' });
      signOff = body.signOff;
    }
  }
  if (signOff !== undefined) {
    const appendix = appendixAfter(text, signOff);
    if (appendix) out.push({ span: appendix, where: 'appendix' });
  }
  return out;
}

/** Where the body may begin: after the front matter and the Re: block, at the line after the salutation if any. */
function bodyStart(letter: Letter): number {
  const text = letter.text;
  const from = Math.max(letter.facts.span?.end ?? 0, 0);
  SALUTATION.lastIndex = 0;
  const head = text.slice(from, Math.min(text.length, from + 20_000));
  const m = SALUTATION.exec(head);
  return m ? from + m.index + m[0].length : from;
}

/** The body from `start` to the sign-off (or the end), and the sign-off's offset. */
function letterBody(text: string, start: number): { span: Span; signOff: number | undefined } | undefined {
  const rest = text.slice(start);
  const m = SIGN_OFF.exec(rest);
  const end = m ? start + m.index : text.length;
  if (end <= start) return undefined;
  return { span: { start, end }, signOff: m ? start + m.index : undefined };
}

/** The first appendix heading after the sign-off, through the end of the letter. */
function appendixAfter(text: string, signOff: number): Span | undefined {
  APPENDIX.lastIndex = signOff;
  const m = APPENDIX.exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].length;
  return start < text.length ? { start, end: text.length } : undefined;
}
