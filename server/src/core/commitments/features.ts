// Named features of one sentence, the evidence a commitment decision is made from. Both deciders read the same
// features: the hand-weighted grammar (grammar.ts) and the logistic-regression classifier fitted by
// scripts/train-commitment-classifier.mjs (classifier.json). Every feature is 0 or 1 and has a name a reviewer can read
// in `explain` output and in the fitted weights.
import {
  DISCLOSURE_WORD,
  FUTURE_DOCUMENT,
  HEDGE_COMMIT,
  NAMED_FILING,
  NAMED_PERIOD,
  NEXT_FILING,
  PASSIVE_ACCOUNTING,
  PASSIVE_COMMIT,
  PLEASE,
  PROPOSED_TEXT,
  SOFT_PROMISE,
  STAFF_VOICE,
  STRONG_COMMIT,
  WEAK_COMMIT,
  ANY_COMMIT,
  COORDINATED_COMMIT,
  COORDINATION_GAP,
  COORDINATION_HEAD,
  GENERIC_PASSIVE,
  COMPANY_WILL,
  CONTINUING,
  YEAR_FILING,
  AMENDMENT_TARGET,
} from './phrases';

/** Where a sentence stands in its paragraph run, as the sentence scanner saw it. */
export interface SentenceContext {
  /** Quotation marks still open when the sentence starts (a quoted passage begun in an earlier sentence). */
  quoteDepth: number;
  /** The sentence follows a lead-in ending with a colon ("as follows:"): it may be proposed disclosure text. */
  afterLeadIn: boolean;
}

export const NO_CONTEXT: SentenceContext = { quoteDepth: 0, afterLeadIn: false };

export const FEATURE_NAMES = [
  // The promise itself: which form of future the sentence uses.
  'strongVerb', // a modal or intention verb then a verb that changes a filing or acts: "will revise", "intends to file"
  'weakVerb', // a modal then a verb that promises only about disclosure: "will make", "will continue", "will do so"
  'otherVerb', // the company's future with any other verb: "we will link", "we will tie"
  'passiveFuture', // "will be included / revised / presented"
  'passiveAccounting', // "will be reflected / recorded / recognized"
  'nonModalProposal', // "we propose / agree to ... in future filings"
  'intentionVerb', // intends to, plans to, undertakes to, expects to, advises ... of its intention to
  'continuing', // "will continue to provide"
  // Who speaks and about what.
  'companySubject', // we, the Company, it, the company's name
  'documentSubject', // "future filings will include", "the disclosure will be revised"
  'futureDocument', // future filings, going forward, beginning with, next Form 10-Q
  'namedFiling', // a filing or period someone can diarise
  'disclosureObject', // disclosure, footnote, MD&A, table ... or a disclosure verb as the promise
  'futureTime', // going forward, prospectively, in the future, next, fiscal 2025
  'condition', // to the extent, if material, when, once: a conditional promise is still a promise
  'leadIn', // the sentence announces text: "as follows:", "the following disclosure"
  // Signs against.
  'hedge', // "will consider", "will evaluate whether", "may include", "every effort will be made"
  'staffVoice', // "please", "you will", "tell us"
  'inQuotes', // the promise words sit inside quotation marks
  'reportedSpeech', // after "states that", "provides that", "requires": a quoted standard; "announced our plan to"
  'shallModal', // "shall": the language of standards and contracts, not of a response letter
  'hypothetical', // "if ... not collected, the difference will be reflected as ..."
  'accountingMethod', // "we will recognize revenue when ...": a method, not a disclosure
  'afterLeadIn', // the sentence sits in text announced by a lead-in: proposed disclosure, a quoted risk factor
  'question', // the sentence asks
  'otherSubject', // "the new organization will include ...": someone or something else's future, not the company's
  'offer', // "if the Staff would like ...", "any additional information", "we are prepared to": a courtesy, not a promise
  'forecast', // "we expect that we will recognize ...": a prediction about the business, not a promise
  'reason', // "because we intend to show only ...": an intention given as the reason for a present practice
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

/** The features of one sentence plus the words that carried the promise. */
export interface SentenceEvidence {
  features: Features;
  /** The words that made the promise ("will revise", "undertakes to", "will be included"), if any. */
  trigger?: string;
  /** The verb of the promise, when a modal form carried it. */
  verb?: string;
  /** The hedge words ("will consider", "may include"), if any. */
  hedgeWords?: string;
  futureDoc: boolean;
  disclosureWord: boolean;
}

const ACCOUNTING_VERBS = /^(?:account|record|recognize|recognise|reflect|measure|amortize|classify|reclassify|allocate|apply|adjust|capitalize|expense|accrue|defer|impair|test|assess)$/i;
export const DISCLOSURE_VERBS = /^(?:revise|refrain|cease|discontinue|disaggregate|break out|separately present|include|disclose|provide|expand|enhance|add|clarify|update|present|reconcile|replace|remove|delete|modify|amend|file|furnish|identify|quantify|describe|discuss|report|address|explain|supplement|incorporate|insert|state|specify|define|label|relabel|rename|retitle|highlight|separately disclose|expand upon|make|show|refer|reference|indicate|note|give|do so|link|tie|present and discuss)$/i;
/** Words before a modal that make the company its subject: "we", "the Company", "it", "Starbucks", "management". */
const COMPANY_BEFORE =
  /(?:\b(?:[Ww]e|[Ii]t|[Cc]ompany|[Mm]anagement|[Rr]egistrant|[Bb]ank|[Pp]artnership|[Tt]rust|[Cc]orporation|[Gg]roup|[Ii]ssuer|[Gg]uarantor|[Ff]und)|(?<!\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ss]uch|[Ee]ach|[Aa]ny|[Oo]ur|[Ii]ts|[Tt]heir)\s(?:[A-Z][\w&'\u2019-]*\s){0,4})\b[A-Z][\w&'\u2019-]*(?:,? (?:Inc|Corp|Ltd|plc|LLC|N\.V|S\.A)\.?)?)\s*,?\s+(?:(?:also|currently|further|now|then|therefore|thus|accordingly|respectfully|hereby|hereafter|henceforth|additionally|similarly|likewise|supplementally|instead|undertakes|confirms|agrees|advises the staff that|that)\s+)*$/;
/** "we, beginning with the Form 10-Q for the quarter ending March 31, 2024, will": a subject, then an aside. */
const COMPANY_INTERJECTED = /\b(?:we|the company|it)\s*,[^,;]{1,90},\s*$/i;
/** A body other than the company itself as the subject: "the board will amend the bylaws", "our auditors will", "the
 * Federal Reserve will". Its future acts are not the company's undertakings in the letter. */
const THIRD_PARTY_BEFORE =
  /\b(?:board(?: of directors)?|directors|committee|auditors?|accountants|shareholders|stockholders|unitholders|customers?|counterpart(?:y|ies)|lenders?|regulators?|government|commission|FASB|IASB|PCAOB|agency|court|trustees?|tenants?|vendors?|suppliers?|buyers?|purchasers?|sellers?|acquirer|Reserve|Treasury|IRS)\s*(?:,[^,;]{1,80},\s*)?(?:(?:also|then|now|further|ultimately|[a-z]{2,16}ly)\s+)*$/i;

/** A courtesy offer, conditional on the staff: not an undertaking the company must diarise. */
const OFFER =
  /\b(?:(?:if|should|to the extent) (?:the )?(?:Staff|you) (?:believes?|wish(?:es)?|would like|requests?|requires?|needs?|has|have|desires?)\b|(?:any|such) (?:additional|further|other) (?:information|questions?|comments?|assistance|details?)(?: (?:that )?(?:the Staff|you) (?:may|might)| (?:as|if) (?:requested|needed))|(?:at|upon) (?:the Staff's |your )?request\b|\b(?:are|is|would be|will be) (?:prepared|happy|pleased|glad|available) to\b)/i;
const COORDINATED = /\b(?:and|or|but|then)\b\s*,?(?:[^,;]{1,100},\s*)?$/i;
/** "the Company's disclosure on revenue ... will", "our revised presentation will": a disclosure of the company as subject. */
const DOCUMENT_SUBJECT = /(?:\b(?:the company's|our|its|the revised|the proposed|such|these|this|the)\s+|(?:^|[,;:]\s*)(?:therefore,?\s+|accordingly,?\s+)?)(?:[\w-]+\s+){0,2}(?:data|disclosures?|presentation|discussion|footnote|note|table|reconciliation|filings?|language|information|measures?|enhancements?|revisions?|changes|additions?|modifications?|clarifications?|updates?)\b[^,;]{0,120}$/i;
/** "we expect that", "we anticipate that", "we believe": a forecast, not a promise. */
const FORECAST_BEFORE = /\b(?:expects?|expected|anticipates?|anticipated|believes?|estimates?|projects?|forecasts?|predicts?|assumes?) that\b[^.;]{0,80}$|\b(?:likely|unlikely|probably|may|might|could)\b[^.;,]{0,30}$/i;
const COMPANY_OPENS = /^(?:[^,;]{0,120},\s*)?(?:we|the company|it|management)\b/i;
const STAFF_BEFORE = /\b(?:you|your registrant)\s+(?:(?:also|should|must|may)\s+)*$/i;
const DOCUMENT_BEFORE =
  /\b(?:filings?|reports?|disclosures?|10-[KQ]|20-F|statements?|release|releases|note|footnote|section|table|MD&A|discussion|presentation|language|information|amendment|proxy|caption|reconciliation)\s+(?:(?:also|further|now|then|therefore|thus|accordingly|instead)\s+)*$/i;
const REPORTED_BEFORE =
  /\b(?:states?|stated|provides?|provided|requires?|required|reads?|stipulates?|specifies|defines|explains|indicates|says|notes) that\b|\b(?:states|provides|requires|reads|stipulates)\s*(?::|,|in part|as follows)|\brequires (?:an? |the )?(?:entity|entities|registrants?|companies|issuers?)\b/i;
/** An intention reported, not undertaken: "we announced our plan to expand …", "information about how we plan to …" (an
 * indirect question or an announcement made elsewhere, in the past). */
const REPORTED_INTENTION =
  /\b(?:about|explained|explaining|described|describing|detailing|discussed|outlined|showed|shows?) how (?:we|the company|it|management) $|\b(?:announced|disclosed|presented|outlined|communicated|unveiled|shared|reported) (?:that (?:we|the company|it) |(?:our|its) )$/i;
/** "because we intend to show only …": an intention given as the reason for what the company does now. */
const REASON_BEFORE = /\b(?:because|since) (?:we|the company|it|management) $/i;
/** "We believe the additional disclosure will clarify …": a belief about what a document will achieve. */
const BELIEF_ABOUT_DOCUMENT =
  /\b(?:believes?|think|expects?|anticipates?)(?: that)? (?:[\w'\u2019-]+ ){0,4}(?:disclosures?|revisions?|changes|presentation|information|enhancements?|additions?|clarifications?) $/i;
/** "it is our intention to", "our plan is to": the company's intention as a noun. */
const OWN_INTENTION = /\b(?:our|its|the company['\u2019]s|management['\u2019]s) $/i;
const CONDITION_BEFORE = /\b(?:to the extent|if|when|whenever|once|should|where|in the event|unless|as and when|upon)\b/i;
const HYPOTHETICAL_BEFORE = /\b(?:if|in the event|should|were|unless|in the case|had)\b[^.;]{0,200}\b(?:not|were|would|fail|fails|failed|default|defaults|occur|occurs|change|changes|differ|differs|exceed|exceeds|collected|received|paid|realized|impaired)\b/i;
const FUTURE_TIME = /\b(?:going forward|prospectively|in the future|future (?:period|periods|quarters?|years?)|beginning (?:with|in)|starting (?:with|in)|commencing (?:with|in)|effective (?:with|in|for)|next|upcoming|forthcoming|subsequent|hereafter|henceforth|fiscal (?:year )?20\d\d|(?:first|second|third|fourth) quarter|Q[1-4])\b/i;

/** The features of one normalised sentence. Linear in the sentence (every expression is bounded). */
export function sentenceFeatures(sentence: string, ctx: SentenceContext = NO_CONTEXT): SentenceEvidence {
  const f = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as Features;
  const futureDoc = FUTURE_DOCUMENT.test(sentence);
  const disclosureWord = DISCLOSURE_WORD.test(sentence);

  // The promise form, strongest first: the first form that matches is the sentence's anchor.
  const forms: Array<[FeatureName, () => RegExpExecArray | null | undefined]> = [
    ['strongVerb', () => companyMatch(STRONG_COMMIT, sentence)],
    ['weakVerb', () => companyMatch(WEAK_COMMIT, sentence, (m) => !/^continue$/i.test(m.groups?.verb ?? '') || CONTINUING.test(sentence.slice(m.index)))],
    ['strongVerb', () => (COORDINATOR.test(sentence) ? companyMatch(COORDINATED_COMMIT, sentence, coordinatedPromise) : undefined)],
    ['passiveFuture', () => passivePromise(sentence, futureDoc)],
    ['passiveAccounting', () => PASSIVE_ACCOUNTING.exec(sentence)],
    ['otherVerb', () => companyMatch(ANY_COMMIT, sentence, (m) => !NOT_A_VERB.test(m.groups?.verb ?? ''))],
    ['passiveFuture', () => (futureDoc ? GENERIC_PASSIVE.exec(sentence) : null)],
  ];
  let anchor: RegExpExecArray | undefined;
  let verb: string | undefined;
  for (const [name, find] of forms) {
    const m = find();
    if (!m) continue;
    anchor = m;
    f[name] = 1;
    break;
  }
  if (anchor) verb = anchor.groups?.verb;
  if (!anchor && futureDoc && !SOFT_PROMISE.test(sentence)) {
    const nonModal = NON_MODAL.exec(sentence);
    if (nonModal) {
      anchor = nonModal;
      f.nonModalProposal = 1;
    }
  }

  const soft = SOFT_PROMISE.exec(sentence) ?? undefined;
  const hedge = HEDGE_COMMIT_FIRST(sentence) ?? soft;
  // "We will continue to evaluate ..., and if material, we will include ...": the hedge is outweighed by the promise
  // that follows it; a hedge counts against the sentence only when no promise form carries it (or it is a soft one).
  if (soft || (hedge && !f.strongVerb && !f.weakVerb)) f.hedge = 1;
  if (isStaffVoice(sentence)) f.staffVoice = 1;
  if (/\?\s*["'\u201d)]*\s*$/.test(sentence)) f.question = 1;
  if (futureDoc) f.futureDocument = 1;
  if (disclosureWord || (verb && DISCLOSURE_VERBS.test(verb))) f.disclosureObject = 1;
  if (hasNamedFiling(sentence)) f.namedFiling = 1;
  if (FUTURE_TIME.test(sentence) || futureDoc) f.futureTime = 1;
  if (PROPOSED_TEXT.test(sentence)) f.leadIn = 1;
  if (OFFER.test(sentence)) f.offer = 1;
  if (ctx.afterLeadIn) f.afterLeadIn = 1;

  const at = anchor ? anchor.index : hedge ? hedge.index : -1;
  if (at >= 0) {
    const before = sentence.slice(Math.max(0, at - 160), at);
    const modal = (anchor?.groups?.modal ?? '').toLowerCase();
    if (/^(?:intends?|intend|plans?|plan|undertakes?|undertake|expects?|expect|intention|intent|commits?|is committed|agrees?|agree|proposes?|propose)\b/.test(modal)) f.intentionVerb = 1;
    if (modal === 'shall' || /^shall\b/i.test(anchor?.[0] ?? '')) f.shallModal = 1;
    if (THIRD_PARTY_BEFORE.test(before)) f.otherSubject = 1;
    else if (COMPANY_BEFORE.test(before.slice(-60)) || COMPANY_INTERJECTED.test(before)) f.companySubject = 1;
    // "it is our intention to continue presentation of …": the intention is the company's own.
    else if (/^(?:intention|intent|plans?)\b/.test(modal) && OWN_INTENTION.test(before)) f.companySubject = 1;
    // "We will continue to monitor ... and will disclose ...": the subject carries over a coordinated verb.
    else if (COORDINATED.test(before) && COMPANY_OPENS.test(sentence)) f.companySubject = 1;
    if (STAFF_BEFORE.test(before)) f.staffVoice = 1;
    if (DOCUMENT_BEFORE.test(before) || DOCUMENT_SUBJECT.test(before)) f.documentSubject = 1;
    // "we expect that the revised disclosure will be as follows": an expectation about the company's own document is
    // a promise; about the business, a forecast.
    if (FORECAST_BEFORE.test(before) && !f.documentSubject) f.forecast = 1;
    // "We believe the additional disclosure will clarify the relationship": the document's effect, not its content.
    if (f.documentSubject && (f.strongVerb || f.weakVerb || f.otherVerb) && BELIEF_ABOUT_DOCUMENT.test(before)) f.forecast = 1;
    // "the Company expects to make significant investments": an expectation of an act that is no disclosure.
    if (/^expects?\b/.test(modal) && !f.strongVerb && !disclosureWord && !(futureDoc && f.weakVerb)) f.forecast = 1;
    const active = f.strongVerb || f.weakVerb || f.otherVerb;
    if (active && !f.companySubject && !f.documentSubject && !f.staffVoice && /\b(?:the|a|an|this|that|these|those|such|each|any)\s+(?:[\w-]+\s+){0,3}$/i.test(before.replace(/\s*\([^)]{0,80}\)\s*$/, ' ').replace(/[\w-]+\s*$/, ''))) f.otherSubject = 1;
    if (REPORTED_BEFORE.test(before) || (f.intentionVerb && REPORTED_INTENTION.test(before))) f.reportedSpeech = 1;
    if (f.intentionVerb && REASON_BEFORE.test(before) && !futureDoc && !f.namedFiling) f.reason = 1;
    if (CONDITION_BEFORE.test(before)) f.condition = 1;
    if (ctx.quoteDepth > 0 ? !closesBefore(sentence, at) : insideQuotes(sentence, at)) f.inQuotes = 1;
    const passiveLike = f.passiveFuture || f.passiveAccounting || !f.companySubject;
    if (HYPOTHETICAL_BEFORE.test(before) && passiveLike && !futureDoc) f.hypothetical = 1;
    const accountingVerb = (verb && ACCOUNTING_VERBS.test(verb)) || f.passiveAccounting;
    if (accountingVerb && !futureDoc && !disclosureWord && !FUTURE_TIME.test(sentence)) f.accountingMethod = 1;
    if ((verb && /^continue$/i.test(verb)) || CONTINUING.test(anchor?.[0] ?? '')) f.continuing = 1;
  }

  return {
    features: f,
    trigger: anchor?.[0].trim(),
    verb,
    hedgeWords: hedge?.[0],
    futureDoc,
    disclosureWord,
  };
}

/** The staff's voice: "Please revise ...", "Confirm that you will ...", "Tell us ...". */
export function isStaffVoice(sentence: string): boolean {
  // A restated staff bullet keeps its marker: "• Provide us proposed draft footnote disclosure ...".
  sentence = sentence.replace(/^(?:[\u2022\u25aa\u25cf\uf0b7\u00b7o*-]|\([a-z0-9]{1,3}\)|[a-z0-9]{1,3}[.)])\s*/i, '');
  if (PLEASE.test(sentence) && !COMPANY_WILL.test(sentence)) return true;
  if (/^(?:we note|tell us|explain to us|refer to|revise|disclose|describe|clarify|provide us|confirm|show us|quantify|expand|discuss|explain|identify|state)\b/i.test(sentence) && !COMPANY_WILL.test(sentence)) return true;
  return false;
}

/** Words after a modal that are no promise of an act: hedges, "be", "have", adverbs. */
const NOT_A_VERB = /^(?:in|on|at|to|the|a|an|for|of|with|by|from|as|that|this|these|those|such|our|its|their|any|all|each|so|consider|evaluate|assess|review|reassess|re-evaluate|reevaluate|explore|study|look|determine|contemplate|think|monitor|continue|seek|try|attempt|endeavou?r|be|have|need|remain|work|instead|therefore|thus|however|only|still|likely|probably|possibly|not|no|[a-z]+ly)$/i;

/** "we propose ... for future periodic filings", "agree to separately disclose ... in our future filings", "an
 * illustrative example of the Company's proposed disclosure in future filings" (a frame announcing the text). */
const NON_MODAL =
  /\b(?:propose|proposes|proposed (?:disclosures?|language|revisions?|text|wording|changes|presentation|footnote|table)|agree|agrees|request that [^.;]{1,60}? be (?:allowed|permitted) to (?:address|make|reflect|include|revise)|commit|commits|undertake|undertakes)\b/i;

const COORDINATOR = /\s(?:and|but)\s/;

/** A coordinated promise counts when nothing between its two verbs leaves it open ("whether", "if", "to" …). */
function coordinatedPromise(m: RegExpExecArray): boolean {
  const text = m[0];
  const modalEnd = COORDINATION_HEAD.exec(text)?.[0].length ?? 0;
  const gapEnd = text.search(/\s(?:and|but)\s+(?:(?:will|to|then|also|further|[a-z]{2,16}ly)\s+)?[a-z-]+(?: [a-z-]+)?$/i);
  return !COORDINATION_GAP.test(text.slice(modalEnd, gapEnd < 0 ? text.length : gapEnd));
}

/** "will be revised", "will not be shown", "the disclosure will be as follows"; "disclosures to be included in" only with a
 * later document named ("… to be included in Note 4" alone may describe the proposal, not promise a filing). */
function passivePromise(sentence: string, futureDoc: boolean): RegExpExecArray | undefined {
  const m = PASSIVE_COMMIT.exec(sentence);
  if (!m) return undefined;
  if (/\bto be\b/i.test(m[0]) && !futureDoc && !hasNamedFiling(sentence) && !YEAR_FILING.test(sentence)) return undefined;
  return m;
}

function HEDGE_COMMIT_FIRST(sentence: string): RegExpExecArray | undefined {
  return companyMatch(HEDGE_COMMIT, sentence);
}

function hasNamedFiling(sentence: string): boolean {
  if (NAMED_FILING.test(sentence) || NEXT_FILING.test(sentence) || AMENDMENT_TARGET.test(sentence)) return true;
  const period = NAMED_PERIOD.exec(sentence);
  if (period && /ending/i.test(period.groups?.tense ?? '')) return true;
  return YEAR_FILING.test(sentence) && /\b(?:beginning|starting|commencing|effective|next|upcoming|forthcoming)\b/i.test(sentence);
}

/** The first match whose subject is not "you" (a staff request quoted inside a response). */
export function companyMatch(re: RegExp, sentence: string, accept: (m: RegExpExecArray) => boolean = () => true): RegExpExecArray | undefined {
  // The shared expressions carry the g flag; each use starts from 0 and the scan is synchronous, so reuse is safe.
  const r = re.global ? re : new RegExp(re.source, 'gi');
  r.lastIndex = 0;
  for (let m = r.exec(sentence); m; m = r.exec(sentence)) {
    if (m[0].length === 0) r.lastIndex++;
    if (!accept(m)) continue;
    const before = sentence.slice(Math.max(0, m.index - 12), m.index);
    if (/\byou\s*$/i.test(before)) continue;
    if (STAFF_VOICE.test(sentence.slice(Math.max(0, m.index - 6), m.index + m[0].length)) && /\byou/i.test(before)) continue;
    return m;
  }
  return undefined;
}

/** True when `at` lies inside a quotation opened earlier in the sentence (curly or straight quotes). */
function insideQuotes(sentence: string, at: number): boolean {
  let depth = 0;
  let straight = false;
  for (let i = 0; i < at; i++) {
    const c = sentence.charCodeAt(i);
    if (c === 0x201c) depth++;
    else if (c === 0x201d) depth = Math.max(0, depth - 1);
    else if (c === 34) straight = !straight;
  }
  return depth > 0 || straight;
}

/** For a sentence that starts inside a quotation: true when the quotation closes before `at`. */
function closesBefore(sentence: string, at: number): boolean {
  for (let i = 0; i < at; i++) {
    const c = sentence.charCodeAt(i);
    if (c === 0x201d || c === 34) return true;
  }
  return false;
}
