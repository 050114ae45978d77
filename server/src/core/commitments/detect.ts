import { readable } from '../text/readable';
import type { Span } from '../model';
import { scanSentences } from './sentences';
import { DISCLOSURE_VERBS, FEATURE_NAMES, NO_CONTEXT, sentenceFeatures, type SentenceContext, type SentenceEvidence } from './features';
import { GRAMMAR_BIAS, GRAMMAR_WEIGHTS, grammarScore } from './grammar';
import { CLASSIFIER_MODEL, classifierScore, type ClassifierModel } from './classifier';
import {
  AMENDED_DOCUMENT,
  AMENDMENT,
  AMENDMENT_TARGET,
  CONTINUING,
  DISCLOSURE_WORD,
  FISCAL_YEAR,
  HEDGES,
  LONG_QUOTE,
  NAMED_FILING,
  NAMED_PERIOD,
  NEXT_FILING,
  OTHER_FUTURE_VERBS,
  PLACES,
  PROPOSED_TEXT,
  TRIGGER,
  VENUE,
  YEAR_FILING,
} from './phrases';

export type CommitmentKind = 'future-filing' | 'continuing' | 'amendment' | 'other-future';

/** What one sentence promises, as read from the sentence alone. */
export interface SentenceFinding {
  /** 'commitment': a promise; 'hedge': future-sounding words that promise nothing ("we will consider ..."). */
  type: 'commitment' | 'hedge';
  span: Span;
  /** The sentence with whitespace collapsed and quotes straightened. */
  sentence: string;
  kind: CommitmentKind;
  /** A filing or period someone can put in a diary: "Form 10-K for the fiscal year ending December 31, 2024". */
  target?: string;
  /** Where the promise points when no filing is named: "future filings", "future earnings releases". */
  venue?: string;
  /** Where in the filing: "Item 7", "Note 2 "Summary of Significant Accounting Policies"", "MD&A". */
  place?: string;
  /** The sentence gives or announces the proposed text ("as follows:", a long quotation). */
  proposedText: boolean;
  /** Words that weaken the promise ("as appropriate", "to the extent material"). */
  hedges: string[];
  /** The words that made this a commitment (or a hedge), e.g. "will revise", "undertakes to", "in future filings". */
  trigger: string;
}

/** Sentences longer than this are analysed on their first MAX_ANALYSED characters only. */
const MAX_ANALYSED = 2400;

/** Which decider turns a sentence's features into a verdict (see the README's "Measured quality"). */
export type Decider = 'grammar' | 'classifier' | ClassifierModel;
export const DEFAULT_DECIDER: Decider = 'classifier';

/**
 * Finds commitment and hedge sentences in text[from, to). Linear: the sentence scanner reads each position a bounded
 * number of times, and only sentences holding a trigger word are analysed. Sentences broken by a page break are healed.
 */
export function detectInText(text: string, from = 0, to = text.length, decider: Decider = DEFAULT_DECIDER): SentenceFinding[] {
  const out: SentenceFinding[] = [];
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (hi <= lo) return out;
  const trigger = new RegExp(TRIGGER.source, 'i');
  scanSentences(text, lo, hi, (s) => {
    // The scanner gives each sentence's words as read (text/readable.ts), so the pre-scan sees "will" in "wi\u200bll".
    if (!trigger.test(s.text)) return;
    const found = analyseSentence(s.text, s.span, s, decider);
    if (found) out.push(found);
  });
  return out;
}

/** Whitespace collapsed, curly quotes straightened, markdown emphasis and escapes dropped, read as a person reads it
 * (text/readable.ts: no soft hyphens or zero-width characters, ligatures spelled out). */
/** A word hyphenated at the end of a line ("disclo-" / "sure"), read as one. */
const LINE_END_HYPHEN = /([a-z]{2})-[ \t]*\r?\n[ \t>]*([a-z]{2})/g;

export function normaliseSentence(raw: string): string {
  return readable(raw)
    .replace(/<!--[^]*?-->/g, ' ')
    .replace(LINE_END_HYPHEN, '$1$2')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[*_`\\]+/g, '')
    .replace(/^\s*(?:>\s*)+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The verdict on one sentence and the evidence for it: what `corresp explain` and the training script read. */
export interface SentenceVerdict {
  sentence: string;
  evidence: SentenceEvidence;
  score: number;
  type: 'commitment' | 'hedge' | 'none';
}

/** Weighs one normalised sentence's features with the chosen decider. */
export function judgeSentence(raw: string, ctx: SentenceContext = NO_CONTEXT, decider: Decider = DEFAULT_DECIDER): SentenceVerdict {
  const sentence = normaliseSentence(raw.length > MAX_ANALYSED ? raw.slice(0, MAX_ANALYSED) : raw);
  const evidence = sentenceFeatures(sentence, ctx);
  const f = evidence.features;
  const score = decider === 'grammar' ? grammarScore(f) : classifierScore(f, decider === 'classifier' ? undefined : decider);
  let type: SentenceVerdict['type'] = 'none';
  if (sentence.length >= 12 && evidence.trigger && score > 0) type = 'commitment';
  else if (evidence.hedgeWords && (evidence.futureDoc || evidence.disclosureWord) && !f.staffVoice && !f.inQuotes && !f.reportedSpeech && !f.question) type = 'hedge';
  return { sentence, evidence, score, type };
}

/**
 * One line saying why a sentence got its verdict, for an "explain" view: the verdict, the score and each feature that
 * fired with its weight under the decider, e.g. "commitment 2.25: strongVerb +2.5, companySubject +1, bias -3.25".
 */
export function describeVerdict(v: SentenceVerdict, decider: Decider = DEFAULT_DECIDER): string {
  const weights: Readonly<Record<string, number>> = decider === 'grammar' ? GRAMMAR_WEIGHTS : (decider === 'classifier' ? CLASSIFIER_MODEL : decider).weights;
  const bias = decider === 'grammar' ? GRAMMAR_BIAS : (decider === 'classifier' ? CLASSIFIER_MODEL : decider).bias;
  const fired = FEATURE_NAMES.filter((n) => v.evidence.features[n]).map((n) => `${n} ${signed(weights[n] ?? 0)}`);
  return `${v.type} ${v.score.toFixed(2)}: ${[...fired, `bias ${signed(bias)}`].join(', ')}`;
}

const signed = (x: number) => (x >= 0 ? `+${x}` : `${x}`);

/** Reads one sentence. Returns undefined when it neither promises nor hedges. */
export function analyseSentence(raw: string, span: Span, ctx: SentenceContext = NO_CONTEXT, decider: Decider = DEFAULT_DECIDER): SentenceFinding | undefined {
  const verdict = judgeSentence(raw, ctx, decider);
  const { sentence, evidence } = verdict;
  if (verdict.type === 'none') return undefined;
  const hedges = findHedges(sentence);
  if (verdict.type === 'hedge') {
    const words = evidence.hedgeWords ?? '';
    return {
      type: 'hedge',
      span,
      sentence,
      kind: 'future-filing',
      ...extractTargets(sentence),
      place: extractPlace(sentence),
      proposedText: false,
      hedges: hedges.length ? hedges : [words],
      trigger: words,
    };
  }
  const trigger = evidence.trigger ?? '';
  const verb = evidence.verb;
  let continuing = false;
  if (verb && /^continue$/i.test(verb)) continuing = true;
  else if (CONTINUING.test(trigger)) continuing = true;
  // "will continue to monitor and revise": the promise is the coordinated verb, not a continuing practice.
  else if (/\bcontinu(?:e|ing) to\s+[a-z-]+$/i.test(trigger) || (/\bcontinu(?:e|ing)\b/i.test(trigger) && CONTINUING.test(sentence))) continuing = true;
  const kind = classify(sentence, verb, continuing, evidence.futureDoc);
  return {
    type: 'commitment',
    span,
    sentence,
    kind,
    ...extractTargets(sentence),
    place: extractPlace(sentence),
    proposedText: PROPOSED_TEXT.test(sentence) || LONG_QUOTE.test(sentence),
    hedges: hedges.filter((h) => h !== 'will consider'),
    trigger,
  };
}

function classify(sentence: string, verb: string | undefined, continuing: boolean, futureDoc: boolean): CommitmentKind {
  const futureWords = /\bfuture\b|\bgoing forward\b|\bprospectively\b|\bbeginning with\b|\bnext\b|\bsubsequent\b/i.test(sentence);
  if (/\b(?:file|submit)\b[^.;]{0,40}\bamendment\b|\bamendment no\.?\s*\d|\b(?:10-k|10-q|20-f)\/a\b/i.test(sentence)) return 'amendment';
  // Revising a registration statement or prospectus in place is an amendment; filing something alongside it is not.
  const revisesInPlace = !!verb && /^(?:revise|include|add|update|amend|clarify|disclose|modify|expand|replace|remove|delete|correct|restate|insert)$/i.test(verb);
  if (!futureWords && (AMENDMENT.test(sentence) || (revisesInPlace && AMENDED_DOCUMENT.test(sentence)))) return 'amendment';
  if (continuing) return 'continuing';
  if (verb && OTHER_FUTURE_VERBS.test(verb) && !/\bdisclos/i.test(sentence)) return 'other-future';
  // Something handed to the staff ("will be provided directly to the Staff", "will furnish the Staff with") is not
  // a change to a filing.
  if (!futureDoc && /\b(?:provide|provided|furnish|furnished|submit|submitted|send|sent|deliver|delivered)\b[^.;]{0,60}\b(?:to|with) the Staff\b|\b(?:provide|furnish|send|submit)\s+(?:to\s+)?the Staff\b/i.test(sentence)) return 'other-future';
  if (!futureDoc && !DISCLOSURE_WORD.test(sentence) && !(verb && DISCLOSURE_VERBS.test(verb)) && !/\b(?:revise|disclose|include|present|reconcile|report|quantify|describe|discuss|add)\b/i.test(sentence)) return 'other-future';
  return 'future-filing';
}

/** The specific filing or period (target) and the generic venue ("future filings"). */
export function extractTargets(sentence: string): { target?: string; venue?: string } {
  let target: string | undefined;
  const named = NAMED_FILING.exec(sentence);
  if (named) {
    const tense = (named.groups?.tense ?? '').trim().toLowerCase();
    const lead = (named.groups?.lead ?? '').trim().toLowerCase();
    // "ended" names a past period unless the sentence starts the change with it ("beginning with ... ended").
    if (tense !== 'ended' || /^(?:beginning|starting|commencing|effective|with respect)/.test(lead)) {
      target = named[0].replace(/^(?:beginning|starting|commencing|effective) (?:with|in) |^with respect to |^in /i, '').replace(/^(?:our|its|the Company's|the) /i, '');
    }
  }
  if (!target) {
    const period = NAMED_PERIOD.exec(sentence);
    if (period && period.groups?.tense.trim().toLowerCase() === 'ending') target = period[0];
  }
  if (!target) {
    const next = NEXT_FILING.exec(sentence);
    // "our most recent second quarter earnings release" is behind us, not a target.
    if (next && !/\b(?:most recent|recent|last|prior|previous|past|latest)\s*$/i.test(sentence.slice(Math.max(0, next.index - 20), next.index))) {
      target = next[0].replace(/^(?:our|its|the) /i, '');
    }
  }
  if (!target) {
    const yf = YEAR_FILING.exec(sentence);
    // "2024 Form 10-K" may be the filing under review; only a starting point makes it a target.
    if (yf && /\b(?:beginning|starting|commencing|effective|next|upcoming|forthcoming)\b[^.;]{0,30}$/i.test(sentence.slice(Math.max(0, yf.index - 40), yf.index))) target = yf[0];
  }
  if (!target) {
    const fy = FISCAL_YEAR.exec(sentence);
    if (fy) target = `fiscal ${fy.groups?.year}`;
  }
  if (!target) {
    const am = AMENDMENT_TARGET.exec(sentence);
    if (am) target = am[0].replace(/^(?:an|the) /i, '');
  }
  const venueMatch = VENUE.exec(sentence);
  return { target, venue: venueMatch ? venueMatch[0] : undefined };
}

const PLACES_GLOBAL = PLACES.map((re) => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`));

export function extractPlace(sentence: string): string | undefined {
  const found: Array<{ at: number; text: string }> = [];
  for (const g of PLACES_GLOBAL) {
    g.lastIndex = 0;
    let n = 0;
    for (let m = g.exec(sentence); m && n < 3; m = g.exec(sentence), n++) {
      found.push({ at: m.index, text: m[0].replace(/^(?:under the|the|our) /i, '') });
      if (m[0].length === 0) g.lastIndex++;
    }
  }
  if (!found.length) return undefined;
  found.sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  for (const f of found) {
    if (parts.some((p) => p.includes(f.text) || f.text.includes(p))) continue;
    parts.push(f.text);
    if (parts.length === 2) break;
  }
  return parts.join(', ');
}

function findHedges(sentence: string): string[] {
  const out: string[] = [];
  let conditional = false;
  for (const [re, label] of HEDGES) {
    const m = re.exec(sentence);
    if (!m) continue;
    if (!label) {
      // The conditional patterns overlap; show the first (most specific) one only.
      if (conditional) continue;
      conditional = true;
    }
    const shown = label || m[0].trim();
    if (!out.includes(shown)) out.push(shown);
  }
  return out;
}
