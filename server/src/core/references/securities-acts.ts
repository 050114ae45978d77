// Statutes and the rules under them written with the Act first: "Section 12(b) of the Securities Exchange Act of
// 1934", "Sections 13(a) or 15(d) of the Exchange Act", "Section 404 of the Sarbanes-Oxley Act", "Exchange Act
// Rule 14a-9", "Securities Act Rule 405", "Exchange Act Section 13(a)".
import { makeCitation, type Citation, type ScanResult, type ScanState } from './citation';
import { readList } from './lists';
import { ruleListCites } from './rule-numbers';
import { PATH, SP, isRangeSeparator, joinPath, matchAt, sticky } from './tokens';

const ACT = String.raw`(?:U\.S\.${SP})?(Securities${SP}Act(?:${SP}of${SP}1933)?|(?:Securities${SP})?Exchange${SP}Act(?:${SP}of${SP}1934)?|Sarbanes-Oxley${SP}Act(?:${SP}of${SP}2002)?|Investment${SP}Company${SP}Act(?:${SP}of${SP}1940)?|Dodd-Frank(?:${SP}Act|${SP}Wall${SP}Street${SP}Reform${SP}and${SP}Consumer${SP}Protection${SP}Act)|Internal${SP}Revenue${SP}Code(?:${SP}of${SP}1986)?|Code(?![\w-])(?!${SP}of\b))`;
const SECTION_ELEMENT = String.raw`(\d{1,3}[A-Z]?)(${PATH})(?![\w-])`;
const SECTION_KEY = sticky(String.raw`Sections?${SP}`);
const ACT_TAIL = sticky(String.raw`${SP}(?:of|under)${SP}(?:the${SP})?${ACT}`);
const ACT_FIRST = sticky(String.raw`${ACT}${SP}(?:(Rules?)|(Sections?))${SP}`);

export function actName(written: string): string {
  const w = written.replace(/\s+/g, ' ');
  if (/Exchange/.test(w)) return 'Exchange Act';
  if (/Sarbanes/.test(w)) return 'Sarbanes-Oxley Act';
  if (/Investment Company/.test(w)) return 'Investment Company Act';
  if (/Dodd/.test(w)) return 'Dodd-Frank Act';
  if (/Code/.test(w)) return 'Internal Revenue Code';
  return 'Securities Act';
}

function sectionCite(text: string, from: number, to: number, act: string, token: string, path: string[]): Citation {
  return makeCitation('act-section', text, from, to, `Section ${token}${joinPath(path)} of the ${act}`, {
    act,
    section: token,
    path: path.length ? path : undefined,
  });
}

/** At "Section(s)": only with the Act named after the list. */
export function scanActSection(text: string, pos: number, _state: ScanState): ScanResult | undefined {
  const k = matchAt(SECTION_KEY, text, pos);
  if (!k) return undefined;
  const elements = readList(text, pos + k[0].length, SECTION_ELEMENT, 'Sections?');
  if (!elements.length) return undefined;
  const last = elements[elements.length - 1];
  const t = matchAt(ACT_TAIL, text, last.end);
  if (!t) return undefined;
  const act = actName(t[1]);
  const end = t.index + t[0].length;
  const cites = elements.map((el, i) => {
    const c = sectionCite(text, i === 0 ? pos : el.start, i === elements.length - 1 ? end : el.end, act, el.token, el.path);
    if (i > 0) {
      c.regime = 'list';
      if (isRangeSeparator(el.sep)) c.range = 'end';
    }
    return c;
  });
  return { cites, end };
}

/** At "Exchange" / "Securities": "Exchange Act Rule 14a-9", "Securities Act Section 5". */
export function scanActPrefixedRule(text: string, pos: number, state: ScanState): ScanResult | undefined {
  const m = matchAt(ACT_FIRST, text, pos);
  if (!m) return undefined;
  const act = actName(m[1]);
  const listAt = m.index + m[0].length;
  if (m[2]) {
    if (act !== 'Exchange Act' && act !== 'Securities Act') return undefined;
    return ruleListCites(text, pos, listAt, state, act === 'Exchange Act' ? 'exchange-act' : 'securities-act');
  }
  const elements = readList(text, listAt, SECTION_ELEMENT, 'Sections?');
  if (!elements.length) return undefined;
  const cites = elements.map((el, i) => {
    const c = sectionCite(text, i === 0 ? pos : el.start, el.end, act, el.token, el.path);
    if (i > 0) c.regime = 'list';
    return c;
  });
  return { cites, end: elements[elements.length - 1].end };
}
