// What a single line of a letter can be, decided from the line alone. The parser (parse.ts) adds the context:
// which of these candidates really start a comment, a response or a caption.

/** The line with its block markers peeled off: blockquote `>`, heading `#`, list bullets, leading emphasis. */
export interface BareLine {
  /** The text after the markers (still with inline emphasis inside). */
  bare: string;
  /** How many characters of the raw line the markers took. */
  prefixLength: number;
  quote: boolean;
  headingLevel: number;
  listMarker: boolean;
  /** The line opened with `**`, `__`, `*` or `_`. */
  emphasis: boolean;
  indent: number;
}

const LIST_MARKER = /^(?:[-*+\u2022\u00B7\uF0B7\u25AA\u25CF\u2023\u2043\u2013o](?:[ \t\u00A0]+|$))+/;
const HEADING = /^(#{1,6})(?:[ \t]+|$)/;
const LEADING_EMPHASIS = /^(?:\*\*|__|\*(?=\S)|_(?=\S))+/;

export function bareLine(raw: string): BareLine {
  let pos = 0;
  let indent = 0;
  while (pos < raw.length && (raw[pos] === ' ' || raw[pos] === '\t' || raw[pos] === '\u00A0')) {
    indent += raw[pos] === '\t' ? 4 : 1;
    pos++;
  }
  let quote = false;
  while (raw[pos] === '>') {
    quote = true;
    pos++;
    while (raw[pos] === ' ' || raw[pos] === '\t') pos++;
  }
  let rest = raw.slice(pos);
  let headingLevel = 0;
  const h = HEADING.exec(rest);
  if (h) {
    headingLevel = h[1].length;
    pos += h[0].length;
    rest = raw.slice(pos);
  }
  let listMarker = false;
  const l = LIST_MARKER.exec(rest);
  // "* * *" is a section break, not a list; keep it whole.
  if (l && !/^\*\s*\*\s*\*\s*$/.test(rest) && !/^-{3,}\s*$/.test(rest)) {
    // A lone "o" is a bullet only when followed by a space and more text (PDF "o" bullets).
    if (!(l[0][0] === 'o' && !/^o[ \t]+\S/.test(rest))) {
      listMarker = true;
      pos += l[0].length;
      rest = raw.slice(pos);
    }
  }
  let emphasis = false;
  const e = LEADING_EMPHASIS.exec(rest);
  if (e && !/^\*\s*\*\s*\*\s*$/.test(rest)) {
    emphasis = true;
    pos += e[0].length;
    rest = raw.slice(pos);
  }
  return { bare: rest.trimEnd(), prefixLength: pos, quote, headingLevel, listMarker, emphasis, indent };
}

/** Removes inline emphasis markers for detection (not for display). */
export function withoutEmphasis(s: string): string {
  return s.replace(/\*\*|__|(?<![\w])[*_]|[*_](?![\w])/g, '').replace(/\u00A0/g, ' ');
}

export interface CommentStart {
  number: number;
  /** Text after the number on the same line ('' when the number stands alone). */
  rest: string;
  heading: boolean;
  /** No number was written ("Comment:"); the parser numbers it after the previous comment. */
  implicit?: boolean;
}

const NUMBERED = /^(\d{1,3})[.)](?:[ \t]+(.*)|(?=[A-Z][a-z])(.*))?$/;
const COMMENT_HEADING = /^(?:SEC\s+|Staff(?:['\u2019]s)?\s+)?Comment\s+(?:No\.?\s*|Number\s+|#)?(\d{1,3})\s*(?:[:.)\u2013\u2014-]\s*(.*))?$/;
/** "Comment:" with no number: a letter of one comment, or a writer who relies on order. */
const COMMENT_UNNUMBERED = /^(?:SEC\s+|Staff(?:['\u2019]s)?\s+)?Comment\s*:\s*(.*)$/;
/** Text that can open a staff comment: a capital, a quote, a bracket or a digit. */
const COMMENT_OPENING = /^["\u201C'\u2018(\[A-Z0-9]/;

export function commentStart(detect: string): CommentStart | undefined {
  const n = NUMBERED.exec(detect);
  if (n) {
    const number = Number(n[1]);
    const rest = (n[2] ?? n[3] ?? '').trim();
    if (number < 1 || number > 300) return undefined;
    if (rest && !COMMENT_OPENING.test(rest)) return undefined;
    return { number, rest, heading: false };
  }
  const c = COMMENT_HEADING.exec(detect);
  if (c) {
    const number = Number(c[1]);
    if (number < 1 || number > 300) return undefined;
    return { number, rest: (c[2] ?? '').trim(), heading: true };
  }
  const u = COMMENT_UNNUMBERED.exec(detect);
  if (u) return { number: 0, rest: u[1].trim(), heading: true, implicit: true };
  return undefined;
}

export interface ResponseLabel {
  number?: number;
  /** Body text on the label's own line ("Response: The Company ..."). */
  rest: string;
  style: 'response' | 'response-n' | 'company-response';
  /** Characters of the detect string the label itself takes. */
  labelLength: number;
}

const RESPONSE_LABEL =
  /^((?:[A-Za-z][\w&.'\u2019-]*\s+){0,4}?)?Responses?(?:\s+(?:to\s+)?(?:the\s+)?(?:Staff(?:['\u2019]s)?\s+)?(?:SEC\s+)?(?:Comment\s+)?(?:No\.?\s*|#)?(\d{1,3})(?:\s*\([a-z0-9]{1,3}\))?)?\s*(?:([:.\u2013\u2014-])\s*(.*))?$/i;

export function responseLabel(detect: string): ResponseLabel | undefined {
  if (detect.length > 400) {
    // Labels are short; only look at the head of long lines.
    const m = /^[^:]{0,80}:/.exec(detect);
    if (!m) return undefined;
  }
  const r = RESPONSE_LABEL.exec(detect);
  if (!r) return undefined;
  const word = /responses?/i.exec(r[0].slice((r[1] ?? '').length));
  // "response." wrapped onto its own line in a staff letter is prose; a label is capitalised.
  if (!word || word[0][0] !== 'R') return undefined;
  const prefix = (r[1] ?? '').trim();
  const punct = r[3];
  const rest = (r[4] ?? '').trim();
  // "Response" with text after it but no punctuation is prose, not a label.
  if (!punct && detect.trim().length > (r[0].length - (r[4] ?? '').length)) return undefined;
  if (prefix) {
    // A prefix must read like a name or "Company"/"Our"; plain prose before "response" is not a label.
    if (!punct) return undefined;
    if (/^(?:in|to|our|a|the|this|that|its|his|her|their|my|and|of|for|with|as|see)$/i.test(prefix.split(/\s+/)[0]) && !/^(?:our|the\s+company)/i.test(prefix)) return undefined;
    if (prefix.length > 50) return undefined;
  }
  if (punct === '.' && rest && !/^[A-Z"\u201C]/.test(rest)) return undefined;
  const labelLength = r[0].length - (r[4] ?? '').length;
  const number = r[2] ? Number(r[2]) : undefined;
  const style = prefix && !/^(?:our)$/i.test(prefix) ? 'company-response' : number !== undefined ? 'response-n' : 'response';
  return { number, rest, style, labelLength };
}

const CLOSING_STRONG =
  /^(?:\*\s*\*\s*\*|(?:Sincerely(?: yours)?|Very truly yours|Yours (?:very )?truly|Yours sincerely|Respectfully(?: submitted| yours)?|Best regards|Kind regards|Regards|Cordially),?$|(?:In closing, )?We remind you\b|\/s\/|(?:The Company|We|[A-Z][\w&.]* (?:hereby )?)acknowledges? that:)/i;
const CLOSING_SOFT =
  /^(?:(?:If|Should) you have any (?:further |additional |other )?(?:questions|comments)\b|Please (?:do not hesitate to |feel free to )?(?:contact|call|direct)\b|You may contact\b|We (?:hope|trust) (?:that )?(?:the foregoing|these responses|this letter)\b|Thank you for your (?:attention|assistance|review|consideration)\b)/i;

export function closingMarker(detect: string): 'strong' | 'soft' | undefined {
  if (CLOSING_STRONG.test(detect)) return 'strong';
  if (CLOSING_SOFT.test(detect)) return 'soft';
  return undefined;
}

const PAGE_REF = /,\s+pages?\s+((?:[FSA]-)?\d{1,4})(?:\s*(?:-|\u2013|and|through|to)\s*(?:[FSA]-)?\d{1,4})?\.?\s*$/i;

export function pageRefOf(caption: string): string | undefined {
  return PAGE_REF.exec(caption)?.[1];
}

const NOT_CAPTION =
  /^(?:Dear\b|Ladies and Gentlemen|Gentlemen|To whom|Attention|Attn|Re:|RE\b|Via\b|cc:|Enclosures?|Sincerely|Very truly|Yours|Respectfully|\/s\/|Tel\b|Fax\b|Phone\b|Email\b|www\.)/i;
const MONTH_DATE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}$/;

/** Could this line be a caption in a plain letter? Context decides whether it is one. */
export function captionCandidate(detect: string): boolean {
  const t = detect.trim();
  if (t.length < 3 || t.length > 140) return false;
  if (!/^[A-Z0-9(]/.test(t) && !/^[a-z]\.\s+[A-Z]/.test(t)) return false;
  if (NOT_CAPTION.test(t) || MONTH_DATE.test(t)) return false;
  if (/^\d{1,3}\.(?:\s|$)/.test(t)) return false;
  if (/[.;:,!?]$/.test(t) && !PAGE_REF.test(t) && !/^(?:Item|Part|Note|Section|Article)\s+[\dIVX]+[A-Z]?\.?$/i.test(t)) return false;
  if (t.split(/\s+/).length > 18) return false;
  return true;
}

const FURNITURE_ALONE = /^(?:[-\u2013]?\s*\d{1,3}\s*[-\u2013]?|(?:FirstName LastName|Comapany Name|Company Name|NoneNone).*)$/i;
const RUNNING_PAGE = /(?:^|[^,]\s)Page\s+\d{1,3}(?:\s+of\s+\d{1,3})?\s*$/;

/** Page numbers, template leftovers and the last line of a running header ("... Page 2"). */
export function furnitureLine(t: string): 'alone' | 'page' | undefined {
  const s = t.trim();
  if (!s) return undefined;
  if (FURNITURE_ALONE.test(s)) return 'alone';
  if (s.length <= 90 && RUNNING_PAGE.test(s)) return 'page';
  return undefined;
}

/** A line that can belong to a running header block above "Page N": short, no sentence ending. */
export function headerLine(t: string): boolean {
  const s = t.trim();
  return s.length > 0 && s.length <= 70 && !/[.;:?!]$/.test(s.replace(/(?:Inc|Corp|Co|Ltd|N\.A|L\.P|LLC|Jr|Sr)\.$/i, '')) && !/^\d{1,3}\./.test(s);
}

/** Lines that read like a running header even across a blank line: a date, a short Title Case name, the SEC. */
export function headerLike(t: string): boolean {
  const s = t.trim();
  if (MONTH_DATE.test(s)) return true;
  if (/(?:Securities and Exchange Commission|Division of Corporation Finance)$/i.test(s)) return true;
  return /^(?:[A-Z][\w.&'\u2019,-]*\s?){1,6}$/.test(s);
}

const STAFF_VOICE =
  /^(?:We (?:note|also note|noticed|see|understand|refer|are unable|are aware|believe|remind|reissue)|The (?:disclosure|Offeror|filing|registration statement|proxy)|Please|Further|Additionally|Also|Finally|In addition|Separately|Supplementally|Similarly|Alternatively|Lastly|Moreover|For (?:each|example|any)|Tell|Tell us|Refer to|Explain|Describe|Provide|Revise|Disclose|Clarify|Quantify|Expand|Confirm|Consider|Identify|Discuss|Advise|Address|Show us|In (?:your|future|this|the|light)|You (?:state|disclose|indicate|present|note|refer|have|reference|also)|Your|It (?:appears|is unclear)|With respect|Regarding|Since|Given|To the extent|As (?:you|previously|we)|If|Where|Although|While)\b/;

/** Does this text sound like the staff asking (the way numbered staff comments open)? */
export function staffVoice(rest: string): boolean {
  return STAFF_VOICE.test(rest);
}
