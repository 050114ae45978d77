// "Rule ..." cites, whose regime the number's shape usually tells: "3-05" is Regulation S-X, "14a-9" an Exchange
// Act rule, "461" a Securities Act rule, "100(b)" Regulation G when the words say so, "83" the FOIA rule.
// Also "Article 11 of Regulation S-X" (and the misuse "Article 4-08(h)(1)", which means Rule 4-08(h)(1)).
import { makeCitation, type Citation, type CitationKind, type RegimeSource, type ScanResult, type ScanState } from './citation';
import { readList, type ListElement } from './lists';
import { regGCite } from './regulation-g';
import { SECURITIES_ACT_RULES } from './catalog/securities-acts';
import { APOS, PATH, SP, isRangeSeparator, joinPath, matchAt, sentenceBefore, sticky } from './tokens';

export const RULE_ELEMENT = String.raw`(\d{1,2}A?-\d{2}|\d{1,2}[a-z]{1,2}\d?- ?\d{1,3}[a-z]?|\d{1,2}[A-D]-\d(?!\d)|\d{1,3}[A-C]?)(${PATH})(?![\w-])`;
const RULE_KEY = sticky(String.raw`Rules?${SP}`);
const RULE_TAIL = sticky(
  String.raw`${SP}(?:of|under|in|promulgated${SP}under|adopted${SP}under)${SP}(?:the${SP})?` +
    String.raw`(?:(Regulation${SP}?S-${SP}?X|S-X)(?![\w-])|(Regulation${SP}G)\b|((?:Securities${SP})?Exchange${SP}Act)(?:${SP}of${SP}1934)?|(Securities${SP}Act|Regulation${SP}C)(?:${SP}of${SP}1933)?|(Rules${SP}of${SP}Practice|Freedom${SP}of${SP}Information${SP}Act|Commission${APOS}s${SP}Rules${SP}of${SP}Practice))`,
);
const ARTICLE = sticky(String.raw`Articles?${SP}(\d{1,2}A?)(?:-(\d{2}))?(${PATH})(?![\w-])`);
const SX_TAIL = sticky(String.raw`${SP}(?:of|under|in)${SP}(?:the${SP})?(?:Regulation${SP}?S-${SP}?X|S-X)(?![\w-])`);

export type RuleRegime = 'sx' | 'reg-g' | 'exchange-act' | 'securities-act' | 'rule-83';

interface RuleTail {
  regime: RuleRegime;
  end: number;
}

function readRuleTail(text: string, pos: number): RuleTail | undefined {
  const m = matchAt(RULE_TAIL, text, pos);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  const regime: RuleRegime = m[1] ? 'sx' : m[2] ? 'reg-g' : m[3] ? 'exchange-act' : m[4] ? 'securities-act' : 'rule-83';
  return { regime, end };
}

/** The regime a rule number's shape implies, when it implies one. */
function regimeByShape(token: string, text: string, pos: number, state: ScanState): RuleRegime | undefined {
  if (/^\d{1,2}A?-\d{2}$/.test(token)) return 'sx';
  if (/^\d{1,2}[a-z]/.test(token) || /^\d{1,2}[A-D]-\d$/.test(token)) return 'exchange-act';
  if (token === '83') return 'rule-83';
  if (/^10[0-2]$/.test(token)) {
    const r = state.lastRegime;
    if (r?.kind === 'reg-g' && pos - r.at < 300) return 'reg-g';
    if (/Regulation\s+G\b/.test(sentenceBefore(text, pos, 300))) return 'reg-g';
    return undefined;
  }
  if (SECURITIES_ACT_RULES.has(token)) return 'securities-act';
  return undefined;
}

export function ruleCite(
  text: string,
  from: number,
  to: number,
  regime: RuleRegime,
  token: string,
  path: string[],
): Citation {
  const p = joinPath(path);
  const parts = { rule: token, path: path.length ? path : undefined };
  const kinds: Record<RuleRegime, CitationKind> = {
    sx: 'sx',
    'reg-g': 'reg-g',
    'exchange-act': 'exchange-act-rule',
    'securities-act': 'securities-act-rule',
    'rule-83': 'rule-83',
  };
  if (regime === 'reg-g') return regGCite(text, from, to, token, path);
  const canonical =
    regime === 'sx'
      ? `Rule ${token}${p} of Regulation S-X`
      : regime === 'exchange-act'
        ? `Exchange Act Rule ${token}${p}`
        : regime === 'securities-act'
          ? `Securities Act Rule ${token}${p}`
          : `Rule 83`;
  const c = makeCitation(kinds[regime], text, from, to, canonical, parts);
  if (regime === 'sx') c.parts.article = token.split('-')[0];
  return c;
}

/**
 * Reads a rule list at `listAt` and builds cites. `forced` is the regime a prefix named ("Exchange Act Rule",
 * "S-X Rule"); otherwise the words after the list decide, else each number's shape.
 */
export function ruleListCites(
  text: string,
  start: number,
  listAt: number,
  state: ScanState,
  forced?: RuleRegime,
): ScanResult | undefined {
  const elements = readList(text, listAt, RULE_ELEMENT, 'Rules?');
  if (!elements.length) return undefined;
  const last = elements[elements.length - 1];
  const tail = readRuleTail(text, last.end);
  const cites: Citation[] = [];
  elements.forEach((el: ListElement, i) => {
    let regime: RuleRegime | undefined = forced ?? tail?.regime;
    let source: RegimeSource = forced || tail ? (i === 0 ? 'explicit' : 'list') : 'guess';
    if (!regime) regime = regimeByShape(el.token, text, start, state);
    if (regime === 'reg-g' && !forced && !tail) source = 'context';
    if (!regime) return;
    // A tail that names a regime the number cannot belong to ("Rule 14a-9 of Regulation S-X") is ignored.
    if (regime === 'sx' && !/^\d{1,2}A?-\d{2}$/.test(el.token)) return;
    if (regime === 'exchange-act' && !/^\d{1,2}[a-zA-D]/.test(el.token)) return;
    // "13e- 4": a line break or stray space inside the number.
    el.token = el.token.replace(/\s+/g, '');
    const from = i === 0 ? start : el.start;
    const to = i === elements.length - 1 && tail ? tail.end : el.end;
    const c = ruleCite(text, from, to, regime, el.token, el.path);
    c.regime = source;
    if (i > 0 && isRangeSeparator(el.sep) && cites.length) {
      cites[cites.length - 1].range ??= 'start';
      c.range = 'end';
    }
    cites.push(c);
  });
  if (tail && tail.regime !== 'rule-83' && tail.regime !== 'securities-act' && tail.regime !== 'exchange-act') {
    state.lastRegime = { kind: tail.regime === 'sx' ? 'sx' : 'reg-g', at: tail.end };
  }
  return { cites, end: tail ? tail.end : last.end };
}

/** At "Rule" / "Rules". */
export function scanRuleWord(text: string, pos: number, state: ScanState): ScanResult | undefined {
  const k = matchAt(RULE_KEY, text, pos);
  if (!k) return undefined;
  return ruleListCites(text, pos, pos + k[0].length, state);
}

/** How far back a mention of Regulation S-X makes a bare "Article N" one of its articles. */
const SX_REACH = 3000;

/** The last `needle` starting at or before `pos` and less than `reach` characters before it, or -1. */
function lastWithin(text: string, needle: string, pos: number, reach: number): number {
  const from = Math.max(0, pos - reach + 1);
  const i = text.slice(from, pos + needle.length).lastIndexOf(needle);
  return i < 0 ? -1 : from + i;
}

/** At "Article": S-X articles, only where Regulation S-X is named in the cite or its sentence. */
export function scanArticle(text: string, pos: number, state: ScanState): ScanResult | undefined {
  const m = matchAt(ARTICLE, text, pos);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  const t = matchAt(SX_TAIL, text, end);
  const r = state.lastRegime;
  // "Article 11" alone: in a letter that has named Regulation S-X not long before, or beside pro forma words.
  // Looked for only as far back as it counts: an unbounded search back from every "Article" made a long letter
  // with many of them and no "S-X" quadratic (20,000 of them in 0.9 MB: 5 s).
  const sxBefore = lastWithin(text, 'S-X', pos, SX_REACH);
  const inContext =
    !!t ||
    (r?.kind === 'sx' && pos - r.at < SX_REACH) ||
    (sxBefore >= 0 && /^(?:[1-9]|1[0-5]|3A|6A)$/.test(m[1])) ||
    /Regulation\s+S-X|S-X/.test(sentenceBefore(text, pos, 200)) ||
    (m[1] === '11' && /pro\s+forma/i.test(text.slice(Math.max(0, pos - 200), pos + 200)));
  if (!inContext) return undefined;
  const to = t ? t.index + t[0].length : end;
  const path = m[3] ? m[3].match(/\(([A-Za-z0-9]{1,5})\)/g)!.map((s) => s.slice(1, -1)) : [];
  let c: Citation;
  if (m[2]) {
    c = ruleCite(text, pos, to, 'sx', `${m[1]}-${m[2]}`, path);
    c.malformed = { expected: c.canonical, reason: `${m[1]}-${m[2]} is a rule of Regulation S-X, not an article` };
  } else {
    c = makeCitation('sx', text, pos, to, `Article ${m[1]} of Regulation S-X`, { article: m[1] });
  }
  c.regime = t ? 'explicit' : 'context';
  if (t) state.lastRegime = { kind: 'sx', at: to };
  return { cites: [c], end: to };
}
