// A regulation named before its designations ("Regulation S-K Item 101(c)(1)(iv)", "S-K Item 402(v)",
// "Regulation S-X Rule 3-05", "S-X Rule 5-03(b)", "S-X 11-02(a)(6)(i)") or on its own ("Regulation G").
import { makeCitation, type ScanResult, type ScanState } from './citation';
import { readList } from './lists';
import { ITEM_ELEMENT } from './regime-tails';
import { skCite } from './regulation-sk';
import { ruleListCites } from './rule-numbers';
import { SP, matchAt, sticky } from './tokens';

const NAME = sticky(
  String.raw`(?:Regulation${SP}?)?S-${SP}?([KX])(?![\w-])(?:${SP}(?:(Items?)|(Rules?))${SP}|${SP}(?=\d{1,2}-\d{2}))?|Regulation${SP}(G|FD|AB|S|D|M-A|M|BTR|C|S-T|A)(?![\w-])`,
);
const CDI_AHEAD = sticky(String.raw`${SP}Compliance`);

export function scanRegulationName(text: string, pos: number, state: ScanState): ScanResult | undefined {
  const m = matchAt(NAME, text, pos);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  const written = text.slice(pos, end).trimEnd();
  if (m[4]) {
    if (m[4] === 'M-A') state.lastRegime = { kind: 'sk', at: end };
    if (m[4] !== 'G') return { cites: [], end };
    state.lastRegime = { kind: 'reg-g', at: end };
    // "Regulation G Compliance ..." is not a thing, but "Regulation S-K Compliance and Disclosure Interpretations" is.
    return { cites: [makeCitation('reg-g', text, pos, pos + written.length, 'Regulation G', {})], end };
  }
  const reg = m[1] === 'K' ? 'sk' : 'sx';
  if (matchAt(CDI_AHEAD, text, end)) return { cites: [], end: pos + 1 };
  if (m[2] && reg === 'sk') {
    const elements = readList(text, end, ITEM_ELEMENT, 'Items?');
    if (!elements.length) return undefined;
    const cites = elements.map((el, i) => {
      const c = skCite(text, i === 0 ? pos : el.start, el.end, el.token, el.path);
      if (i > 0) c.regime = 'list';
      return c;
    });
    state.lastRegime = { kind: 'sk', at: end };
    return { cites, end: elements[elements.length - 1].end };
  }
  if (reg === 'sx' && (m[3] || /\d$/.test(text.slice(end, end + 1)))) {
    const r = ruleListCites(text, pos, end, state, 'sx');
    if (r) {
      state.lastRegime = { kind: 'sx', at: end };
      return r;
    }
  }
  // The regulation on its own: a cite of the whole regulation, and context for bare items after it.
  const bareEnd = pos + text.slice(pos, end).replace(/\s+(?:Items?|Rules?)?\s*$/, '').length;
  state.lastRegime = { kind: reg, at: bareEnd };
  if (!/^Regulation/.test(written)) return { cites: [], end: bareEnd };
  const canonical = reg === 'sk' ? 'Regulation S-K' : 'Regulation S-X';
  return { cites: [makeCitation(reg, text, pos, bareEnd, canonical, {})], end: bareEnd };
}

