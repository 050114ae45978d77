import type { CompanyResponse, Finding, Fix, Letter, Span, TextEdit } from '../model';
import { analyseCommitments, type Commitment } from './commitment';
import { normaliseSentence } from './detect';
import { nextFiling, trackOfVenue, type NextFiling } from './next-filing';
import { abbreviate, anchorForm, anchorMatches, anchorPieces, readRegister, registerEdit, yamlString, type NewEntry, type RegisterEntry } from './register';

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
  const reworded = new Set([...reanchorPairs(analysis.letter).values(), ...movedPairs(analysis.letter).keys()]);
  const undocumented = analysis.commitments.filter((c) => c.entry === undefined && !reworded.has(c) && reported.has(`${c.span.start}:${c.span.end}`));
  if (undocumented.length < 2 || !readRegister(analysis.letter).writable) return undefined;
  return recordAllFix(analysis.letter, undocumented, false);
}

// "in future filings", "in our future periodic reports on Form 10-K", "for future filings": the phrase a starting
// filing attaches to. Written against raw text, so words may be separated by line breaks.
const VENUE_RAW =
  /\b(?:in|for|within|into)\s+(?:all\s+|each\s+|any\s+)?(?:of\s+)?(?:our\s+|its\s+|the\s+Company['\u2019]s\s+|[A-Z][\w&.]{1,30}['\u2019]s\s+|the\s+)?future\s+(?:periodic\s+|annual\s+|quarterly\s+)?(?:filings?|reports?|earnings\s+releases?|earnings\s+materials|(?:Forms?\s+)?10-[KQ](?:\s+filings)?|20-F(?:\s+filings)?)(?:\s+(?:on|of)\s+Form\s+[\w-]+)?/i;

/** The letter's facts that decide which report comes next (front matter, or the Re: block of a plain letter). */
export function nextFilingFor(letter: Letter, c?: Pick<Commitment, 'venue' | 'sentence'>): NextFiling {
  const f = letter.facts;
  const extra = f.extra ?? {};
  const reviewed: string[] = [];
  if (f.filing) reviewed.push(f.filing);
  const filings = extra.filings;
  if (Array.isArray(filings)) {
    for (const x of filings) {
      if (typeof x === 'string') reviewed.push(x);
      else if (x && typeof x === 'object' && typeof (x as Record<string, unknown>).form === 'string') reviewed.push(String((x as Record<string, unknown>).form));
    }
  }
  const iso = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.trim()) ? v.trim() : v instanceof Date ? v.toISOString().slice(0, 10) : undefined);
  // The later of the staff letter and the response: a report filed before the response goes out cannot start a promise.
  const dates = [iso(f.staffLetterDate), iso(f.responseDate)].filter((d): d is string => d !== undefined).sort();
  const fye = extra['fiscal-year-end'];
  const status = extra['filer-status'];
  return nextFiling({
    reviewed,
    asOf: dates[dates.length - 1],
    fiscalYearEnd: typeof fye === 'string' ? fye : fye instanceof Date ? fye.toISOString().slice(0, 10) : undefined,
    filerStatus: typeof status === 'string' ? status : undefined,
    track: trackOfVenue(c?.venue),
  });
}

/**
 * "Name the filing": inserts "beginning with our <next report>" into the sentence. When the sentence is recorded, the
 * same fix keeps its register entry right: the entry's sentence is rewritten when the insertion breaks its anchor,
 * and its empty `filing:` is filled in, so the register never goes stale nor gets a second entry for the promise.
 * When the next report may already be on EDGAR (its period is over, its deadline not yet passed), a second fix names
 * the report after it.
 */
export function nameFilingFixes(letter: Letter, c: Commitment): Fix[] {
  const next = nextFilingFor(letter, c);
  const fixes = [nameFilingWith(letter, c, next, '')];
  if (next.alternative) fixes.push(nameFilingWith(letter, c, next.alternative, ` (if the ${shortName(next.text)} is already filed)`));
  return fixes;
}

function shortName(text: string): string {
  return text.replace(/^(?:Annual|Quarterly) Report on /, '');
}

function nameFilingWith(letter: Letter, c: Commitment, next: NextFiling, suffix: string): Fix {
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
  const edits: TextEdit[] = [{ span: { start: at, end: at }, newText }];
  const entry = c.entry !== undefined ? readRegister(letter).entries.find((e) => e.index === c.entry) : undefined;
  if (entry) edits.push(...entryUpdate(letter, entry, raw.slice(0, at - c.span.start) + newText + raw.slice(at - c.span.start), next.known ? next.text : undefined));
  const when = next.dueBy ? ` (due ${next.dueBy}: check it is not filed yet)` : '';
  const assumed = next.assumption ? ` \u2014 ${next.assumption}` : '';
  return {
    title: next.known ? `Name the filing: "${phrase}"${suffix}${when}${assumed}` : 'Name the filing (fill in the form and period)',
    edits,
    preferred: false,
  };
}

/** Edits that keep a register entry on a sentence rewritten as `newRaw`, and fill in its filing when it has none. */
function entryUpdate(letter: Letter, entry: RegisterEntry, newRaw: string, filing: string | undefined): TextEdit[] {
  const edits: TextEdit[] = [];
  if (entry.sentence !== undefined && !anchorMatches(anchorPieces(entry.sentence), anchorForm(newRaw))) {
    edits.push({ span: entry.sentenceSpan, newText: JSON.stringify(abbreviate(normaliseSentence(newRaw))) });
  }
  if (filing && !entry.filing) {
    const text = letter.text;
    if (entry.filingSpan) {
      const afterColon = text[entry.filingSpan.start - 1] === ':';
      edits.push({ span: entry.filingSpan, newText: `${afterColon ? ' ' : ''}${yamlString(filing)}` });
    } else {
      const eol = /\r\n/.test(text.slice(0, 2000)) ? '\r\n' : '\n';
      edits.push({ span: { start: entry.span.end, end: entry.span.end }, newText: `${eol}${entry.keyIndent}filing: ${yamlString(filing)}` });
    }
  }
  return edits;
}

/**
 * Register entries whose promise was reworded, paired with the one unrecorded commitment that now states it: one
 * stale entry and one unrecorded commitment for the same comment. Both `stale-commitment-entry` and
 * `undocumented-commitment` then offer the same edit (re-anchor the entry), preferred, so fix-all repairs the entry
 * once instead of keeping the stale one and adding a second.
 */
export function reanchorPairs(letter: Letter): Map<number, Commitment> {
  const { register, entryFound, commitments } = analyseCommitments(letter);
  const pairs = new Map<number, Commitment>();
  const staleByComment = new Map<number | undefined, RegisterEntry[]>();
  register.entries.forEach((e, k) => {
    if (entryFound[k] !== false || e.status === 'dropped' || e.sentence === undefined) return;
    const list = staleByComment.get(e.comment) ?? [];
    list.push(e);
    staleByComment.set(e.comment, list);
  });
  const taken = new Set<Commitment>();
  for (const [comment, stale] of staleByComment) {
    const candidates = commitments.filter((c) => c.entry === undefined && (comment === undefined || c.comment === comment));
    if (stale.length === 1 && candidates.length === 1 && !taken.has(candidates[0])) {
      pairs.set(stale[0].index, candidates[0]);
      taken.add(candidates[0]);
    }
  }
  return pairs;
}

/**
 * Register entries whose promise moved to another comment's response (an entry for comment 3 whose sentence now
 * answers comment 4), paired with that commitment when exactly one entry and one commitment match: the fix is to
 * renumber the entry, never to record the promise a second time.
 */
export function movedPairs(letter: Letter): Map<Commitment, RegisterEntry> {
  const { register, commitments } = analyseCommitments(letter);
  const pairs = new Map<Commitment, RegisterEntry>();
  const linked = new Set(commitments.map((c) => c.entry).filter((e) => e !== undefined));
  const free = register.entries.filter((e) => !linked.has(e.index) && e.sentence !== undefined && e.commentSpan !== undefined);
  if (!free.length) return pairs;
  const taken = new Set<RegisterEntry>();
  for (const c of commitments) {
    if (c.entry !== undefined || c.comment === undefined) continue;
    const form = anchorForm(c.sentence);
    const matches = free.filter((e) => e.comment !== c.comment && anchorMatches(anchorPieces(e.sentence!), form));
    if (matches.length === 1 && !taken.has(matches[0])) {
      pairs.set(c, matches[0]);
      taken.add(matches[0]);
    }
  }
  return pairs;
}

/** "Move the register entry to comment N": the entry's comment number follows its promise. */
export function moveEntryFix(entry: RegisterEntry, c: Commitment): Fix {
  return { title: `Move the register entry for comment ${entry.comment} to comment ${c.comment}`, edits: [{ span: entry.commentSpan!, newText: String(c.comment) }], preferred: true };
}

/** "Anchor the entry on …": the entry's sentence rewritten to the promise as now worded. */
export function reanchorFix(entry: RegisterEntry, c: Commitment, preferred: boolean): Fix {
  const now = abbreviate(c.sentence);
  return { title: `Anchor the register entry on \u201c${now.length > 60 ? `${now.slice(0, 59)}\u2026` : now}\u201d`, edits: [{ span: entry.sentenceSpan, newText: JSON.stringify(now) }], preferred };
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
