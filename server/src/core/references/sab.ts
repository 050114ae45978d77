// Staff Accounting Bulletins: "SAB 99", "SAB No. 108", "Staff Accounting Bulletin No. 104", "SAB Topic 1.M",
// "SAB Topic 11.M", "Topic 5.T". A one- or two-digit "Topic" is never ASC (ASC topics have three digits); it is a
// SAB topic, or an FRM topic when the Financial Reporting Manual is named just before.
import { makeCitation, type ScanResult, type ScanState } from './citation';
import { FRM_URL } from './catalog/securities-acts';
import { SP, matchAt, sentenceBefore, sticky } from './tokens';

const PREFIX = String.raw`(?:SAB|Staff${SP}Accounting${SP}Bulletins?)`;
const NUMBER = sticky(String.raw`${PREFIX}(?:${SP}No\.?)?${SP}?(\d{1,3})(?![\d.]\d|\d)`);
const TOPIC = sticky(String.raw`(${PREFIX}${SP})?Topics?${SP}(\d{1,2})(?:[.:]?([A-Z]{1,2})(?:\.(\d{1,2}))?)?(?![\w-]|\.\d)`);

export function scanSab(text: string, pos: number, _state: ScanState): ScanResult | undefined {
  const t = matchAt(TOPIC, text, pos);
  if (t) {
    const end = t.index + t[0].length;
    const before = sentenceBefore(text, pos, 120);
    if (!t[1]) {
      if (/\b(?:FRM|Financial\s+Reporting\s+Manual)\b[^.]{0,40}$/.test(before)) {
        const c = makeCitation('frm', text, pos, end, `FRM Topic ${t[2]}`, { topic: t[2] }, 'context');
        void FRM_URL;
        return { cites: [c], end };
      }
      if (!t[3] && !/\b(?:SAB|Staff\s+Accounting\s+Bulletin)/.test(before)) return undefined;
    }
    const letter = t[3];
    const canonical = `SAB Topic ${t[2]}${letter ? `.${letter}` : ''}${t[4] ? `.${t[4]}` : ''}`;
    const c = makeCitation('sab', text, pos, end, canonical, { topic: t[2], letter, paragraph: t[4] }, t[1] ? 'explicit' : 'guess');
    return { cites: [c], end };
  }
  const n = matchAt(NUMBER, text, pos);
  if (!n) return undefined;
  const end = n.index + n[0].length;
  return { cites: [makeCitation('sab', text, pos, end, `SAB No. ${n[1]}`, { number: n[1] })], end };
}

/** "Question 4 of SAB Topic 1.B.1": the staff's numbered questions inside a SAB topic. */
const SAB_QUESTION = sticky(String.raw`[Qq]uestions?${SP}(\d{1,2})${SP}(?:of|in|to)${SP}(?:the${SP})?(?=${PREFIX}${SP}Topics?\b)`);

export function scanSabQuestion(text: string, pos: number, state: ScanState): ScanResult | undefined {
  const q = matchAt(SAB_QUESTION, text, pos);
  if (!q) return undefined;
  const inner = scanSab(text, pos + q[0].length, state);
  const c = inner?.cites[0];
  if (!inner || !c || c.kind !== 'sab') return undefined;
  c.span = { start: pos, end: c.span.end };
  c.text = text.slice(pos, c.span.end);
  c.canonical = `Question ${q[1]} of ${c.canonical}`;
  c.parts = { ...c.parts, question: q[1] };
  return inner;
}
