// The Division of Corporation Finance's Financial Reporting Manual: "FRM 1310.2", "FRM Topic 2",
// "Financial Reporting Manual Section 2045". Rare in letters, but worth a hover.
import { makeCitation, type ScanResult, type ScanState } from './citation';
import { SP, matchAt, sticky } from './tokens';

const FRM = sticky(
  String.raw`(?:FRM|Financial${SP}Reporting${SP}Manual)(?:${SP}\(["\u201c]?FRM["\u201d]?\))?(?:${SP}(Section|Topic|\u00b6|\u00a7|[Pp]aragraph))?${SP}?(\d{1,5}(?:\.\d{1,2})*[a-z]?)(?![\d\w]|\.\d)`,
);

export function scanFrm(text: string, pos: number, _state: ScanState): ScanResult | undefined {
  const m = matchAt(FRM, text, pos);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  const num = m[2];
  const isTopic = m[1] === 'Topic' || /^\d{1,2}$/.test(num);
  const topic = isTopic ? num : num.length >= 4 ? num[0] : undefined;
  const canonical = isTopic ? `FRM Topic ${num}` : `FRM ${num}`;
  return { cites: [makeCitation('frm', text, pos, end, canonical, { topic, section: isTopic ? undefined : num })], end };
}
