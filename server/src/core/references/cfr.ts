// Code of Federal Regulations cites in Title 17: "17 CFR 229.303", "17 C.F.R. § 200.83", "17 C.F.R. §200.83",
// "17 CFR 240.12b-20", "17 CFR Part 229". 200.83 is Rule 83 (FOIA confidential treatment).
import { makeCitation, type ScanResult, type ScanState } from './citation';
import { PATH, SP, joinPath, matchAt, splitPath, sticky } from './tokens';

const CFR = sticky(
  String.raw`17${SP}?C\.?${SP}?F\.?${SP}?R\.?${SP}?(?:(?:\u00a7\u00a7?|Sections?|Part)${SP}?)?(\d{3})(?:\.(\d{1,4}[a-z]{0,2}\d*(?:-\d{1,3}[a-z]?)?))?(${PATH})(?![\w-]|\.\d)`,
);

export function scanCfr(text: string, pos: number, _state: ScanState): ScanResult | undefined {
  const m = matchAt(CFR, text, pos);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  const part = m[1];
  const section = m[2];
  const path = splitPath(m[3]);
  const canonical = section ? `17 CFR ${part}.${section}${joinPath(path)}` : `17 CFR Part ${part}`;
  const kind = part === '200' && section === '83' ? 'rule-83' : 'cfr';
  const c = makeCitation(kind, text, pos, end, canonical, { cfrPart: part, cfrSection: section, path: path.length ? path : undefined });
  return { cites: [c], end };
}
