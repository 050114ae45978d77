import type { CompanyResponse, Finding, Fix, Letter, Span } from '../model';
import type { Commitment } from './commitment';
import { nextPeriodicReport } from './next-filing';
import { readRegister, registerEdit, type NewEntry } from './register';

// Quick fixes for the commitment rules. Fixes are data: a title and the edits that carry it out.

function toEntry(letter: Letter, c: Commitment): NewEntry {
  return { comment: c.comment, sentence: c.sentence, filing: c.target, place: c.place ?? captionPlace(letter, c.comment) };
}

/**
 * Where the staff's comment points ("Item 5. Operating and Financial Review, Goodwill"): the usual home of the
 * promised disclosure when the sentence names none. Page numbers refer to the reviewed filing and are dropped, and so
 * are captions that only name the filing ("Form 8-K furnished April 30, 2019").
 */
function captionPlace(letter: Letter, comment: number | undefined): string | undefined {
  if (comment === undefined) return undefined;
  const captions = letter.comments.find((k) => k.number === comment)?.captions ?? [];
  const parts = captions.map((t) => t.replace(/,?\s*pages?\s+[A-Z]?-?\d[\w-]*(?:\s*(?:-|and|to)\s*[A-Z]?-?\d[\w-]*)?\s*$/i, '').trim()).filter((t) => t && !/^(?:Form\s|Schedule\s|(?:Annual|Quarterly) Report|Registration Statement|Amendment No)/i.test(t));
  return parts.length ? parts.slice(-2).join(', ') : undefined;
}

/** "Record this commitment in the register": its own entry, written at the register's end (see `registerEdit`). */
export function recordFix(letter: Letter, c: Commitment, preferred: boolean): Fix {
  return { title: 'Record this commitment in the register', edits: registerEdit(letter, [toEntry(letter, c)]), preferred };
}

/** One fix recording every given commitment, in order. */
export function recordAllFix(letter: Letter, commitments: readonly Commitment[], preferred: boolean): Fix {
  return {
    title: `Record all ${commitments.length} commitments in the register`,
    edits: registerEdit(letter, commitments.map((c) => toEntry(letter, c))),
    preferred,
  };
}

/**
 * "Record all N commitments in the register", computed on demand (a document-level code action, not carried by each
 * finding): every commitment reported by `undocumented-commitment` in the analysis. Undefined when there are fewer
 * than two (the finding's own fix does it) or the register cannot be written.
 */
export function recordAllCommitmentsFix(analysis: { letter: Letter; commitments: readonly Commitment[]; findings: readonly Finding[] }): Fix | undefined {
  const reported = new Set<string>();
  for (const f of analysis.findings) if (f.rule === 'undocumented-commitment') reported.add(`${f.span.start}:${f.span.end}`);
  if (reported.size < 2) return undefined;
  const undocumented = analysis.commitments.filter((c) => c.entry === undefined && reported.has(`${c.span.start}:${c.span.end}`));
  if (undocumented.length < 2 || !readRegister(analysis.letter).writable) return undefined;
  return recordAllFix(analysis.letter, undocumented, false);
}

// "in future filings", "in our future periodic reports on Form 10-K", "for future filings": the phrase a starting
// filing attaches to. Written against raw text, so words may be separated by line breaks.
const VENUE_RAW =
  /\b(?:in|for|within|into)\s+(?:all\s+|each\s+|any\s+)?(?:of\s+)?(?:our\s+|its\s+|the\s+Company['\u2019]s\s+|[A-Z][\w&.]{1,30}['\u2019]s\s+|the\s+)?future\s+(?:periodic\s+|annual\s+|quarterly\s+)?(?:filings?|reports?|earnings\s+releases?|earnings\s+materials|(?:Forms?\s+)?10-[KQ](?:\s+filings)?|20-F(?:\s+filings)?)(?:\s+(?:on|of)\s+Form\s+[\w-]+)?/i;

/** "Name the filing": inserts "beginning with our <next periodic report>" into the sentence. */
export function nameFilingFix(letter: Letter, c: Commitment): Fix {
  const next = /earnings/i.test(c.venue ?? '')
    ? { text: 'next earnings release', known: true }
    : nextPeriodicReport(letter.facts.filing, letter.facts.staffLetterDate);
  const phrase = `beginning with our ${next.text}`;
  const raw = letter.text.slice(c.span.start, c.span.end);
  const venue = VENUE_RAW.exec(raw);
  let at: number;
  let newText: string;
  if (venue) {
    at = c.span.start + venue.index + venue[0].length;
    newText = `, ${phrase}${letter.text[at] === ',' ? '' : ','}`;
    // "... in future filings." → "... in future filings, beginning with our X."
    if (/^[.;:!?]/.test(letter.text.slice(at, at + 1))) newText = `, ${phrase}`;
  } else {
    at = endBeforePunctuation(letter.text, c.span);
    newText = `, ${phrase}`;
  }
  return {
    title: next.known ? `Name the filing: "${phrase}"` : 'Name the filing (fill in the form and period)',
    edits: [{ span: { start: at, end: at }, newText }],
    preferred: false,
  };
}

/** Offset just before the sentence's closing punctuation (and any closing quotes or emphasis after it). */
function endBeforePunctuation(text: string, span: Span): number {
  let e = span.end;
  while (e > span.start && /[\s*_"'\u201d\u2019)]/.test(text[e - 1])) e--;
  if (e > span.start && /[.;:!?]/.test(text[e - 1])) return e - 1;
  return span.end;
}

/** "Add a proposed disclosure block": a skeleton after the response, for the drafter to fill in. */
export function proposedBlockFix(letter: Letter, response: CompanyResponse, target?: string): Fix {
  let end = response.bodySpan.end > response.bodySpan.start ? response.bodySpan.end : response.labelSpan.end;
  while (end > response.span.start && /\s/.test(letter.text[end - 1])) end--;
  const eol = /\r\n/.test(letter.text.slice(0, 2000)) ? '\r\n' : '\n';
  const heading = target ? `Proposed disclosure (for the ${target}):` : 'Proposed disclosure (draft, as it would appear in the filing):';
  const block = `${eol}${eol}${heading}${eol}${eol}> [Proposed text, with additions underlined and deletions struck through.]`;
  return { title: 'Add a proposed disclosure block', edits: [{ span: { start: end, end }, newText: block }], preferred: false };
}
