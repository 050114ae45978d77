// Accounting Standards Updates: "ASU 2016-02", "ASU No. 2014-09", "Accounting Standards Update 2023-08",
// "ASUs 2016-01 and 2016-13".
import { makeCitation, type ScanResult, type ScanState } from './citation';
import { readList } from './lists';
import { SP, matchAt, sticky } from './tokens';

const HEAD = sticky(String.raw`(?:ASUs?|Accounting${SP}Standards${SP}Updates?)(?:${SP}No(?:s?\.|\.)?)?${SP}?(?=20\d{2}-\d{2})`);
const ELEMENT = String.raw`(20\d{2}-\d{2})()(?![\d-])`;

export function scanAsu(text: string, pos: number, _state: ScanState): ScanResult | undefined {
  const h = matchAt(HEAD, text, pos);
  if (!h) return undefined;
  const elements = readList(text, pos + h[0].length, ELEMENT, 'ASU');
  if (!elements.length) return undefined;
  const cites = elements.map((el, i) => {
    const [year, sequence] = el.token.split('-');
    const c = makeCitation('asu', text, i === 0 ? pos : el.start, el.end, `ASU ${el.token}`, { year, sequence });
    if (i > 0) c.regime = 'list';
    return c;
  });
  return { cites, end: elements[elements.length - 1].end };
}
