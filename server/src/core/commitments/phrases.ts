// The vocabulary of commitments, as regular expressions over one normalised sentence (whitespace collapsed, curly
// quotes straightened). Every quantifier is bounded or applies to a single character class followed by a literal,
// so no expression here can backtrack catastrophically; sentences are also capped in length by the detector.

/** Cheap pre-scan: a sentence without one of these words cannot be a commitment or a hedge. */
export const TRIGGER =
  /\b(?:will|shall|undertak(?:e|es|ing)|intends?|intention|intent|plans?|planning|agrees?|commit(?:s|ted)?|propos(?:e|es|ed)|expects?|going forward|prospectively|beginning with|starting with|commencing with|future (?:filings?|reports?|periodic|annual|quarterly|earnings|form|10-[kq]|20-f))\b/gi;

/** Future modal forms, up to the verb slot. Group "modal" is the modal itself. */
const MODAL =
  String.raw`(?<modal>will|shall|undertakes? to|undertake to|undertaking to|intends? to|intend to|intending to|intention (?:is )?to|intent (?:is )?to|plans? to|plan to|planning to|agrees? to|agree to|commits? to|is committed to|expects? to|expect to|proposes? to|propose to|would propose to|would like to)`;

/** Words that may stand between the modal and its verb without changing the promise. */
const FILLER =
  String.raw`(?:\s+(?:also|further|now|then|again|instead|hereafter|henceforth|(?!(?:likely|probably|possibly|generally|typically|usually|normally|ultimately|eventually|potentially|only)\b)[a-z]{2,16}ly|timely|not|no longer|continue to|begin to|seek to|be able to|(?:in|within|for) (?:our |its |all )?future (?:filings?|periodic reports?|reports?|periods?)|,?\s*(?:in|for|within|beginning with|starting with|commencing with|when|where|as|if|to the extent)[^,;:]{1,140},)|\s*,\s*(?:in|for|within|on|at|after|upon|with|following|beginning|starting|commencing|effective|when|where|as|if|once|to the extent|subject to|consistent with|going forward|prospectively|accordingly|therefore|however|as appropriate)\b[^,;:]{0,140},)`;

/** Up to three fillers. The group captures (a capture nobody reads) because V8 then compiles the repetition as a loop
 * instead of copying FILLER three times over: a quantified group is unrolled only when it captures nothing. The
 * match is the same; these six expressions compile in a third of the time (STRONG_COMMIT 7.8 → 2.6 ms on a first
 * check) and run no slower. */
const FILLERS = String.raw`(${FILLER}){0,3}`;

/** Verbs that make a promise about disclosure or conduct on their own. */
const STRONG_VERBS =
  'revise|include|disclose|provide|expand|enhance|add|clarify|update|present|reconcile|replace|remove|delete|modify|amend|file|furnish|ensure|identify|quantify|describe|discuss|report|address|adjust|conform|correct|restate|label|relabel|rename|retitle|reference|explain|supplement|incorporate|eliminate|discontinue|insert|state|specify|define|omit|exclude|reflect|recast|reclassify|separately disclose|account|record|recognize|notify|inform|advise|submit|revisit|highlight|move|expand upon|cease|refrain|limit|link|tie|separate|break out|disaggregate|segregate|tailor|characterize|bold|caption|title|shorten|streamline|consolidate|combine|adopt|implement|change the title|expand the discussion|describe more clearly';

/** Verbs that promise something only when the sentence is also about disclosure or future documents. */
const WEAK_VERBS = 'appear|make|increase|change|use|apply|continue|improve|align|enlarge|broaden|refer|indicate|show|note|comply|be consistent|give|do so|read|follow|conform';

/** Verbs that postpone a decision: "will consider" is not a promise. */
const HEDGE_VERBS = 'consider|evaluate|assess|review|reassess|re-evaluate|reevaluate|explore|study|look at|look into|determine whether|contemplate|think about';

export const STRONG_COMMIT = new RegExp(String.raw`\b${MODAL}${FILLERS}\s+(?<verb>${STRONG_VERBS})\b`, 'gi');
export const WEAK_COMMIT = new RegExp(String.raw`\b${MODAL}${FILLERS}\s+(?<verb>${WEAK_VERBS})\b`, 'gi');
export const HEDGE_COMMIT = new RegExp(String.raw`\b${MODAL}${FILLERS}\s+(?<verb>${HEDGE_VERBS})\b`, 'gi');

/** A promise in a coordinated verb: "we will continue to monitor these costs and revise future filings", "we will
 * consider and address the comments". The first verb may be a hedge or carry no promise; the second carries it. The
 * gap must hold no "whether", "if", "to" ("will consider whether to expand and clarify" stays a hedge): the detector
 * checks it (COORDINATION_GAP). */
export const COORDINATED_COMMIT = new RegExp(
  String.raw`\b${MODAL}${FILLERS}\s+[a-z-]{2,20}\b[^.;:?]{0,140}?\s(?:and|but)\s+(?:(?:will|to|then|also|further|[a-z]{2,16}ly)\s+)?(?<verb>${STRONG_VERBS})\b`,
  'gi',
);

/** Words that, between the first verb and the coordinated one, leave the promise undecided or make it another's. */
export const COORDINATION_GAP = /\b(?:whether|if|how|what|need|to|may|might|could|would)\b/i;
/** The head of a coordinated promise, up to its first verb: where the gap checked by COORDINATION_GAP begins. */
export const COORDINATION_HEAD = new RegExp(String.raw`^${MODAL}${FILLERS}\s+[a-z-]{2,20}\b`, 'i');

/** Passive promises: "the disclosure will be revised", "will be adjusted as noted below". */
export const PASSIVE_COMMIT =
  /\b(?:will|shall) ((?:also|further|now|again|instead|then|thus|therefore|hereafter|henceforth|either|first|each|not|no longer|likely|(?!(?:probably|possibly|generally|typically|usually|normally|ultimately|eventually|potentially)\b)[a-z]{2,16}ly) ){0,2}be (?:revised|adjusted|updated|included|disclosed|presented|expanded|amended|corrected|modified|clarified|provided|reported|added|removed|reconciled|filed|restated|enhanced|replaced|labell?ed|relabell?ed|described|discussed|quantified|reclassified|made|shown|highlighted|incorporated|furnished|submitted|identified|separately (?:disclosed|presented|identified|quantified)|addressed|explained|expanded upon|deleted|omitted|renamed|retitled|conformed|supplemented|inserted|set forth|contained|preceded|followed|accompanied|limited|changed|referenced|characterized|titled|captioned|combined|separated|disaggregated|broken out|moved|reflected in (?:our|its|the|future|such|all|any|each|a|an)\b|consistent|(?:substantially |generally )?(?:as follows|as set forth below|similar to the following|in the following form))\b|\b(?:disclosures?|language|revisions?|changes|text|wording|information|tables?) to be (?:included|added|presented|provided|made|reflected|disclosed|revised) in\b|\b(?:will|would) (?:(?:read|appear|look)|be) (?:substantially |generally )?(?:as follows|as set forth below|like the following|similar to the following|in the following form)/i;

/** Passive accounting: "the difference will be reflected as ...", "will be recorded in earnings". A promise only when a
 * future filing is named; otherwise an accounting consequence. */
export const PASSIVE_ACCOUNTING =
  /\b(?:will|shall|would) ((?:also|further|now|instead|then|thus|therefore|accordingly|likely|be) ){0,2}be (?:reflected|recorded|recognized|recognised|accounted for|classified|reclassified|amortized|measured|allocated|capitalized|expensed|accrued|deferred|charged|credited|applied|treated|paid|collected|settled|realized)\b/i;

/** Any passive future, "they will be preceded by ...": a promise only in a sentence about future documents (the
 * detector asks for that); tried after every other form. */
export const GENERIC_PASSIVE = /\b(?:will|shall) ((?:also|further|now|again|instead|then|not|no longer|(?!(?:likely|probably|possibly|generally|typically|usually|normally|ultimately|eventually|potentially)\b)[a-z]{2,16}ly) ){0,2}be (?<verb>[a-z]{3,20}(?:ed|en))\b/i;

/** The company's future with any verb: "we will link ...". A promise only with a disclosure object or a future filing. */
export const ANY_COMMIT = new RegExp(String.raw`\b${MODAL}${FILLERS}\s+(?<verb>[a-z]{2,20}(?:-[a-z]{2,20})?)\b`, 'gi');

/** "every effort will be made", "may include ... in future filings": soft words that promise nothing. */
export const SOFT_PROMISE =
  /\b(?:every effort will be made|will (?:make every effort|use (?:its|our|all) (?:best |reasonable |commercially reasonable )?efforts?) to|will endeavou?r to|will try to|will attempt to|will seek to|may (?:also )?(?:include|revise|provide|disclose|expand|enhance|add|update|present|consider))\b/i;

/** A document in the future: the strongest sign that a sentence is about later filings. */
export const FUTURE_DOCUMENT =
  /\b(?:(?:in|for|within|to|into|through) (?:all |each |any )?(?:of )?(?:our |its |the Company['\u2019]s |[A-Z][\w&.]{1,30}['\u2019]s |the )?future (?:sec |exchange act |periodic |annual |quarterly |current |form |[a-z]+ )?(?:filings?|fillings?|reports?|reporting|disclosures?|earnings|press|forms?|10-[kq]|20-f|40-f|8-k|proxy|registration|submissions?|periods?|quarters?|quarterly|annual|periodic|documents?|statements?|releases?)|future (?:periodic |annual |quarterly |current |sec |exchange act )?(?:filings?|fillings?|reports?|earnings releases?|earnings materials|press releases?|disclosures?|forms? (?:10-[kq]|20-f|40-f|8-k)|10-[kq]|20-f|proxy statements?|registration statements?|submissions?|period)|(?:next|upcoming|forthcoming|subsequent) (?:annual |quarterly |periodic )?(?:report|filing|form|10-[kq]|20-f|earnings release|proxy)|going forward|prospectively|(?:beginning|starting|commencing|effective) (?:with|in) (?:our|its|the|fiscal|[A-Z]))/i;

/** Words that tie a sentence to disclosure (used to accept weak verbs). */
export const DISCLOSURE_WORD =
  /\b(?:disclos\w*|discussions?|presentations?|reconciliations?|captions?|footnotes?|filings?|earnings releases?|press releases?|MD&A|language|wording|narrative|notes? \d|non-GAAP|tables?|headings?|paragraphs?|financial statements|exhibits?|Item \d|risk factors?|(?:Form )?(?:10-[KQ]|20-F|8-K|S-[14]|F-[14])|proxy statements?|registration statement|prospectus)\b/i;

/** Staff voice: the company does not write "you will" about itself, nor "please". */
export const STAFF_VOICE = /\b(?:you|your registrant)\s+(?:will|shall|intend|plan|should|must|expect|propose|agree|undertake|may|to)\b/i;
/** "please" as the staff uses it: an imperative to the company, or addressed to "you". */
export const PLEASE =
  /\bplease\s+(?:also\s+)?(?:provide|tell|revise|explain|disclose|describe|ensure|clarify|confirm|advise|quantify|discuss|expand|refer|include|identify|address|consider|show|file|amend|update|remove|reconcile|furnish|state|balance|help|give|separately|present|quantify|enhance|tell)\b|\bplease\b[^.]{0,160}\byour?\b/i;
export const COMPANY_WILL = /\b(?:we|the company|it|our [a-z ]{1,30})\s+(?:will|intends? to|plans? to|undertakes? to|agrees? to)\b/i;

/** Amendments of a filing already made (rather than changes in a later one). */
export const AMENDMENT =
  /\b(?:(?<!\bas )amend(?:ment|ments|ed)?\b(?! of the rules)|amendment no\.?\s*\d|10-k\/a|10-q\/a|20-f\/a|\/A\b|re-?file)/i;
/** Filings that are amended in place rather than followed by a later filing. */
export const AMENDED_DOCUMENT = /\b(?:registration statement|prospectus|offering statement|proxy statement|information statement|schedule 14[ac]|form s-[134]|form f-[134])\b/i;

/** "continue to provide such disclosures": a promise to keep doing what the letter shows is already done. */
export const CONTINUING =
  /\bcontinu(?:e|ing) (?:to )?(?:provid|disclos|includ|present|report|mak|reconcil|describ|discuss|label|identif|quantif|updat|do so)\w*/i;

/** Promises toward the staff or the books rather than a disclosure. */
export const OTHER_FUTURE_VERBS = /^(?:account|record|recognize|notify|inform|advise|submit|revisit)$/i;

/** Proposed text is given (or announced as following). */
export const PROPOSED_TEXT =
  /(?:\bas follows\b|\bthe following (?:language|statement|sentence|sentences|disclosure|disclosures|paragraph|paragraphs|text|revised|revisions?|qualitative|quantitative|table|footnote|wording|note)|\bsimilar to the following\b|\bsuch as the following\b|\bsubstantially (?:as follows|in the following form|the following)\b|\b(?:presented|set forth|shown|provided|included|illustrated) below\b|\billustrative example\b|\bexample (?:presented |set forth |shown |provided )?below\b|\bproposed (?:disclosure|language|revision|revisions|text|wording)\b|\bto read\b|\bunderlined\b|\bmarked (?:text|changes)\b|:\s*$)/i;

/** A quotation long enough to be disclosure text rather than a defined term. */
export const LONG_QUOTE = /"[^"]{40,}"/;

/** Hedges that weaken a commitment; each entry: [pattern, the phrase to show ('' shows the words matched)]. */
export const HEDGES: Array<[RegExp, string]> = [
  [/\bas (?:we |management |the company )?(?:deem(?:s|ed)?|consider(?:s|ed)?) (?:appropriate|necessary|material|relevant)\b/i, 'as deemed appropriate'],
  [/\b(?:as|where|if|when) appropriate\b/i, 'as appropriate'],
  [/\b(?:as|where|if|when) (?:applicable|relevant|necessary|needed|required)\b/i, 'as applicable'],
  [/\bto the extent\b[^.;,]{0,80}?\b(?:material|significant|applicable|relevant|required|necessary|meaningful)\b/i, ''],
  [/\bto the extent (?:that )?[^,.;]{1,60}/i, ''],
  [/\b(?:if|should|when|once)\b[^.;,]{0,80}?\b(?:become|becomes|be|is|are|remain)\s+(?:material|significant|applicable|meaningful)\b/i, ''],
  [/\bif\b[^.;,]{0,80}?\bmaterial\b/i, ''],
  [/\bsubject to (?:variation|change|materiality)\b/i, 'subject to variation'],
  [/\bwill (?:also |further )?(?:consider|evaluate|assess|review|reassess|explore)\b/i, 'will consider'],
  [/\bevery effort will be made\b|\bwill make every effort\b/i, 'every effort will be made'],
];

// Target filings and periods --------------------------------------------------------------------------------------

const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DATE = String.raw`(?:${MONTH})\.? \d{1,2},? \d{4}`;
const FORM = String.raw`(?:Form )?(?:10-K|10-Q|20-F|40-F|8-K|6-K|S-1|S-3|S-4|F-1|F-3|F-4|11-K|N-CSR)(?:\/A)?`;

/** A named filing with its period: "our Annual Report on Form 10-K for the fiscal year ending December 31, 2024". */
export const NAMED_FILING = new RegExp(
  String.raw`(?<lead>(?:beginning|starting|commencing|effective) (?:with|in) |with respect to |in )?(?:(?:our|its|the Company['\u2019]s|the|[A-Z][\w&.]{1,30}['\u2019]s) )?(?:(?:Annual|Quarterly|Transition) Report on )?(?<form>${FORM})(?: filing)? for the (?:fiscal |quarterly |transition |three-month |six-month |nine-month )?(?:year|quarter|period|quarterly period|fiscal quarter|fiscal year)(?<tense> ending| ended| end|)(?: on)? (?<date>${DATE})`,
  'i',
);
/** A period without a form: "beginning with our reporting of results for the fiscal year ending December 31, 2020". */
export const NAMED_PERIOD = new RegExp(
  String.raw`(?:fiscal year|fiscal quarter|quarter|year|period|quarterly period)(?<tense> ending| ended)(?: on)? (?<date>${DATE})`,
  'i',
);
/** "2024 Form 10-K", "fiscal 2017 Annual Report", "Fiscal 2024 Form 10-K". */
export const YEAR_FILING = new RegExp(String.raw`\b(?:fiscal (?:year )?)?(?<year>(?:19|20)\d{2}) (?:Annual Report(?: on ${FORM})?|${FORM})`, 'i');
/** "beginning in fiscal 2017", "for fiscal 2025". */
export const FISCAL_YEAR = /\b(?:beginning|starting|commencing|effective|for|in) (?:with )?(?:fiscal(?: year)?|FY) ?(?<year>(?:19|20)\d{2})\b/i;
/** "next earnings release", "second quarter earnings release", "upcoming Form 10-Q". */
export const NEXT_FILING = new RegExp(
  String.raw`\b(?:our |its |the )?(?:next|upcoming|forthcoming|subsequent|first|second|third|fourth|Q[1-4]|year-end|fourth-quarter|first-quarter|second-quarter|third-quarter)(?: quarter| fiscal quarter)? (?:annual |quarterly |periodic )?(?:earnings releases?|earnings materials|press release|${FORM}|Annual Report|Quarterly Report|periodic report|proxy statement|filing)\b`,
  'i',
);
/** "Amendment No. 1", "an amendment to the Form 10-K". */
export const AMENDMENT_TARGET = new RegExp(String.raw`\b(?:(?:Form )?(?:10-K|10-Q|20-F|40-F|S-1|S-3|S-4|F-1|F-4)\/A\b|Amendment No\.? ?\d+(?: to (?:the |our )?(?:Registration Statement|${FORM}))?|(?:an|the) amendment to (?:the |our |its )?(?:Registration Statement|${FORM}(?: for the fiscal year ended (?:${DATE}))?))`, 'i');

/** Generic future documents: not a filing anyone can diarise, but worth showing. */
export const VENUE =
  /\bfuture (?:periodic |annual |quarterly |current )?(?:filings?|reports?|earnings releases?|earnings materials|press releases?|(?:Forms? )?(?:10-[KQ]|20-F|40-F)(?: filings)?|proxy statements?)\b(?: (?:on|of) Form (?:10-[KQ]|20-F|40-F))?|\bfuture period\b/i;

// Places in a filing ----------------------------------------------------------------------------------------------

export const PLACES: RegExp[] = [
  /\bunder the (?:caption|heading|header|subheading|subcaption)s? "[^"]{1,100}"/i,
  /\b(?:the |our )?"[^"]{1,80}" (?:section|caption|heading|header|subsection|table|discussion)\b/i,
  /\bNote \d{1,2}[A-Z]?(?:,? "[^"]{1,80}")?/,
  /\bItem \d{1,2}[A-C]?(?:\.[A-Z0-9]{1,3})?(?![\d(]| \(| of Regulation)(?: of Form [\w-]+)?/,
  /\b(?:Management['\u2019]s Discussion and Analysis(?: of Financial Condition and Results of Operations?)?|MD&A|Summary of Critical Accounting Estimates|Critical Accounting (?:Estimates|Policies)|Liquidity and Capital Resources|Results of Operations|Risk Factors|Segment Information|Selected Financial Data|Quantitative and Qualitative Disclosures? About Market Risk|Summary of Significant Accounting Policies)\b(?: section| disclosure| note)?/,
  /\b(?:segment|revenue|income tax|tax|goodwill|debt|leases?|commitments and contingencies) (?:note|footnote)\b/i,
  /\bnotes? to (?:the |our )?(?:condensed )?consolidated financial statements\b/i,
  /\b(?!Please\b|We\b|The\b|Our\b|Its\b)[A-Z][\w&'\u2019-]*(?: (?:and|of|to|for|[A-Z][\w&'\u2019-]*)){0,5} (?:section|note|footnote)\b/,
  /\bon page [A-Z]?-?\d{1,4}(?: of (?:the |our )?[A-Z][\w -]{1,40})?/,
  /\b(?:earnings release|press release) (?:reconciliation|tables?)\b/i,
];

/** The staff asks to see the text: "Please provide us with your proposed disclosure", "show us what ... will look like". */
export const STAFF_ASKS_FOR_PROPOSED_TEXT =
  /\b(?:provide|show|give|furnish|send|include)\s+(?:to\s+)?us\b[^.?]{0,80}?\b(?:proposed|draft|revised|intended|planned)\s+(?:disclosures?|language|revisions?|changes|text|wording|footnotes?|presentation)\b|\bshow us\b[^.?]{0,40}\bwhat\b[^.?]{0,120}\b(?:look|looks|read|reads|appear|appears) like\b|\bprovide us (?:with )?(?:an example|a sample|a draft|examples)\b[^.?]{0,60}\b(?:disclosure|language|revision)|\b(?:your|the) proposed (?:disclosures?|revisions?|language)\b[^.?]{0,40}\bin your response\b/i;
