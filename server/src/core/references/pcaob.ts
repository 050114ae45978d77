// PCAOB auditing standards: "AS 2201.69", "PCAOB AS 1305", "Auditing Standard 2201", and the pre-2017 designations
// "Auditing Standard No. 5", "AS No. 5", "AS 1", "AU sec. 332", "AU Section 332".
import { makeCitation, type ScanResult, type ScanState } from './citation';
import { SP, matchAt, sticky } from './tokens';

const AS = sticky(
  String.raw`(PCAOB${SP})?(AS|Auditing${SP}Standard)(?:${SP}(No\.?)${SP}?|${SP})(\d{1,4})(?:\.(\d{1,3}[A-Za-z]?))?(?![\d\w]|\.\d)`,
);
const AU = sticky(String.raw`(?:PCAOB${SP})?AU(?:-C)?${SP}(?:[Ss]ec(?:tion|\.)${SP}?|\u00a7${SP}?)?(\d{3})(?:\.(\d{1,3}))?(?![\d\w])`);

export function scanPcaob(text: string, pos: number, _state: ScanState): ScanResult | undefined {
  let at = pos;
  if (text.startsWith('PCAOB', pos)) {
    const au = matchAt(AU, text, pos);
    if (au) return auCite(text, pos, au);
  }
  if (text.startsWith('AU', at) && !text.startsWith('Auditing', at)) {
    const au = matchAt(AU, text, at);
    return au ? auCite(text, pos, au) : undefined;
  }
  const m = matchAt(AS, text, at);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  const num = m[4];
  if (num.length === 4) {
    if (!/^[1-6]/.test(num)) return undefined;
    const canonical = `AS ${num}${m[5] ? `.${m[5]}` : ''}`;
    return { cites: [makeCitation('pcaob', text, pos, end, canonical, { number: num, paragraph: m[5] })], end };
  }
  if (num.length > 2) return undefined;
  // "AS 1" in running text: reject all-caps runs ("SUCH AS 1") where AS is an ordinary word.
  if (!m[1] && !m[3] && m[2] === 'AS') {
    const prev = /([A-Za-z]+)\W*$/.exec(text.slice(Math.max(0, pos - 20), pos));
    if (prev && prev[1].length > 1 && prev[1] === prev[1].toUpperCase()) return undefined;
  }
  at = end;
  const legacy = `AS No. ${num}`;
  const c = makeCitation('pcaob', text, pos, end, `Auditing Standard No. ${num}`, { number: num, legacy, paragraph: m[5] });
  return { cites: [c], end };
}

function auCite(text: string, pos: number, m: RegExpExecArray): ScanResult {
  const end = m.index + m[0].length;
  const legacy = `AU ${m[1]}`;
  return { cites: [makeCitation('pcaob', text, pos, end, `AU sec. ${m[1]}${m[2] ? `.${m[2]}` : ''}`, { number: m[1], legacy, paragraph: m[2] })], end };
}
