// Compliance and Disclosure Interpretations: "Question 102.10 of the Non-GAAP Compliance and Disclosure
// Interpretations", "Questions 102.10 and 104.03 of the ...", "C&DI 102.11", "non-GAAP C&DI Question 104.04",
// "Regulation S-K Compliance and Disclosure Interpretation Question 119.02". Numbers repeat across sets, so the
// set is read from the cite's own words, else from the last set the letter named, else from non-GAAP context.
import { makeCitation, type Citation, type CdiSetId, type ScanResult, type ScanState } from './citation';
import { readList } from './lists';
import { cdiSet, cdiSetNamed } from './catalog/cdi';
import { APOS, SP, isRangeSeparator, joinPath, matchAt, sticky } from './tokens';

const HEAD = sticky(
  String.raw`(?:[Qq]uestions?|(?:C&DIs?|CDIs?)(?:${SP}[Qq]uestions?)?|Compliance${SP}(?:and|&)${SP}Disclosure${SP}Interpretations?(?:${SP}\(["\u201c]?C&DIs?["\u201d]?\))?(?:${SP}[Qq]uestions?)?)(?:${SP}Nos?\.)?${SP}`,
);
const ELEMENT = String.raw`(\d{3}\.\d{2}[A-Z]?)((?:\([a-z]\))*)(?![\w.]\d|\w)`;
const TAIL = sticky(
  String.raw`${SP}(?:of|in|from|to|under)${SP}(?:(?:the|our|its)${SP})?([^.;]{0,120}?)(?:Compliance${SP}(?:and|&)${SP}Disclosure${SP}Interpretations?|C&DI${APOS}?s?|CDI${APOS}?s?)(?:${SP}\(["\u201c]?C&DI${APOS}?s?["\u201d]?\))?`,
);
/** The set named after the words "Compliance and Disclosure Interpretations": "... for Non-GAAP Financial Measures". */
const SET_AFTER = sticky(
  String.raw`${SP}(?:for|on|regarding|relating${SP}to|concerning|under)${SP}(?:the${SP})?(Non-?${SP}?GAAP(?:${SP}Financial${SP}Measures)?|Regulation${SP}S-${SP}?K|(?:Securities|Exchange)${SP}Act${SP}(?:Rules|Forms|Sections)|Tender${SP}Offer${SP}Rules${SP}and${SP}Schedules|Proxy${SP}Rules(?:${SP}and${SP}Schedules${SP}14A\/14C)?|Oil${SP}and${SP}Gas(?:${SP}Rules)?)(?:${SP}\(["\u201c]?C&DI${APOS}?s?["\u201d]?\))?`,
);

/** The C&DI set named just before `pos` ("Regulation S-K Compliance ...", "non-GAAP C&DI 102.10"). */
function setNamedBefore(text: string, pos: number): CdiSetId | undefined {
  const before = text.slice(Math.max(0, pos - 60), pos);
  const m = /((?:Non-?\s?GAAP|non-?\s?GAAP)(?:\s+Financial\s+Measures)?|Regulation\s+S-\s?K|(?:Securities|Exchange)\s+Act\s+(?:Rules|Forms|Sections)|Tender\s+Offer\s+Rules\s+and\s+Schedules|Proxy\s+Rules(?:\s+and\s+Schedules\s+14A\/14C)?|Oil\s+and\s+Gas(?:\s+Rules)?)\s*$/.exec(before);
  return m ? cdiSetNamed(m[1]) : undefined;
}

/** Remembers a set named in passing ("... the Non-GAAP Compliance and Disclosure Interpretations ..."). */
export function noteCdiContext(text: string, pos: number, state: ScanState): void {
  const set = setNamedBefore(text, pos);
  if (set) state.lastCdiSet = { set, at: pos };
}

function canonicalFor(question: string, path: string, set: CdiSetId | undefined): string {
  const s = set ? cdiSet(set) : undefined;
  return s ? `Question ${question}${path} of the ${s.title}` : `C&DI Question ${question}${path}`;
}

export function scanCdi(text: string, pos: number, state: ScanState): ScanResult | undefined {
  const h = matchAt(HEAD, text, pos);
  if (!h) return undefined;
  const elements = readList(text, pos + h[0].length, ELEMENT, 'Questions?');
  if (!elements.length) return undefined;
  const last = elements[elements.length - 1];
  const t = matchAt(TAIL, text, last.end);
  const after = t ? matchAt(SET_AFTER, text, t.index + t[0].length) : null;
  const end = after ? after.index + after[0].length : t ? t.index + t[0].length : last.end;

  let set: CdiSetId | undefined;
  let how: Citation['cdiResolution'] = 'none';
  const stated = (after && cdiSetNamed(after[1])) || (t && cdiSetNamed(t[1])) || setNamedBefore(text, pos);
  if (stated) {
    set = stated;
    how = 'stated';
    state.lastCdiSet = { set, at: end };
  } else if (state.lastCdiSet && pos - state.lastCdiSet.at < 4000) {
    set = state.lastCdiSet.set;
    how = 'earlier';
  } else if (/^10[0-8]\./.test(elements[0].token) && state.lastNonGaap !== undefined && pos - state.lastNonGaap < 1500) {
    set = 'non-gaap';
    how = 'non-gaap-context';
  }

  const cites = elements.map((el, i) => {
    const path = joinPath(el.path);
    const c = makeCitation('cdi', text, i === 0 ? pos : el.start, i === elements.length - 1 ? end : el.end, canonicalFor(el.token, path, set), {
      question: el.token,
      path: el.path.length ? el.path : undefined,
      cdiSet: set,
    });
    c.cdiResolution = how;
    c.regime = how === 'stated' ? (i === 0 ? 'explicit' : 'list') : how === 'none' ? 'guess' : 'context';
    if (i > 0 && isRangeSeparator(el.sep)) c.range = 'end';
    return c;
  });
  return { cites, end };
}
