// IFRS Accounting Standards: "IAS 36", "IAS 20.7", "IAS 36.134(d)", "IFRS 15", "IFRIC 23", "SIC-29", "IFRS S2",
// and "paragraph 134(d) of IAS 36". "IFRS" alone names the framework and is not a cite.
import { makeCitation, type ScanResult, type ScanState } from './citation';
import { PATH, SP, joinPath, matchAt, splitPath, sticky } from './tokens';

const STD = sticky(String.raw`(IAS|IFRS|IFRIC|SIC)(?:[ \u00a0]|-|\u2011)?(S[12]|\d{1,2})(?!\d)(?:\.(\d{1,3}[A-Z]?)(?!\d))?(${PATH})(?![\w-])`);
const PARA_OF = sticky(
  String.raw`[Pp]aragraphs?${SP}(\d{1,3}[A-Z]?)(${PATH})(?:${SP}?(?:-|\u2013|to|and|through)${SP}?\d{1,3}[A-Z]?${PATH})?${SP}of${SP}(IAS|IFRS|IFRIC)${SP}(\d{1,2})(?![\d\w])`,
);

export function ifrsCanonical(std: string, num: string, para?: string, path?: string[]): string {
  const head = std === 'SIC' ? `SIC-${num}` : `${std} ${num}`;
  return `${head}${para ? `.${para}` : ''}${joinPath(path)}`;
}

export function scanIfrs(text: string, pos: number, _state: ScanState): ScanResult | undefined {
  const m = matchAt(STD, text, pos);
  if (!m) return undefined;
  if (m[2].startsWith('S') && m[1] !== 'IFRS') return undefined;
  const end = m.index + m[0].length;
  const path = splitPath(m[4]);
  const c = makeCitation('ifrs', text, pos, end, ifrsCanonical(m[1], m[2], m[3], path), {
    standard: m[1],
    number: m[2],
    paragraph: m[3],
    path: path.length ? path : undefined,
  });
  return { cites: [c], end };
}

export function scanIfrsParagraphOf(text: string, pos: number, _state: ScanState): ScanResult | undefined {
  const m = matchAt(PARA_OF, text, pos);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  const path = splitPath(m[2]);
  const c = makeCitation('ifrs', text, pos, end, ifrsCanonical(m[3], m[4], m[1], path), {
    standard: m[3],
    number: m[4],
    paragraph: m[1],
    path: path.length ? path : undefined,
  });
  return { cites: [c], end };
}
