import type { LetterFacts } from '../model';
import type { Line } from '../text/lines';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),?\s+(\d{4})\b/;

/** "August 16, 2017" → "2017-08-16"; anything else is returned as written. */
export function isoDate(written: string): string {
  const m = DATE.exec(written);
  if (!m) return written.trim();
  const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}

/**
 * Reads the letter's facts from a plain letter's head: the `Re:` block (company, filing, filed date, file number),
 * the date line, and "letter dated ..." in the opening paragraph.
 */
export function readReBlock(lines: Line[], skip: boolean[]): LetterFacts {
  const facts: LetterFacts = { source: 'none', extra: {} };
  const limit = Math.min(lines.length, 120);
  let re = -1;
  for (let i = 0; i < limit; i++) {
    if (/^\s*(?:\*\*)?R[Ee]\s*:/.test(lines[i].text)) {
      re = i;
      break;
    }
  }
  for (let i = 0; i < Math.min(limit, re < 0 ? 25 : re); i++) {
    const t = lines[i].text.trim();
    if (!skip[i] && DATE.test(t) && t.length < 40) {
      facts.responseDate = isoDate(t);
      break;
    }
  }
  if (re >= 0) {
    facts.source = 're-block';
    const block: string[] = [];
    const first = lines[re].text.replace(/^\s*(?:\*\*)?R[Ee]\s*:\s*(?:\*\*)?/, '').trim();
    if (first) block.push(first);
    for (let i = re + 1; i < limit && block.length < 12; i++) {
      const t = lines[i].text.trim();
      if (!t) continue;
      if (/^(?:Dear|Ladies|Gentlemen|To whom)/i.test(t)) break;
      block.push(t);
    }
    facts.span = { start: lines[re].start, end: lines[re].end };
    if (block.length) facts.company = block[0];
    const joined = block.join('\n');
    const filing = block.find((l) => /\b(?:Forms?\s+\d|Form\s+[A-Z]|Registration Statement|Schedule\s+1\d|Statement on|10-[KQ]\b|20-F\b|40-F\b|8-K\b)/i.test(l));
    if (filing) facts.filing = filing.replace(/\s+Filed\b.*$/i, '').trim();
    const filed = /\b(?:Filed|Submitted)\s+((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4})/i.exec(joined);
    if (filed) facts.filed = isoDate(filed[1]);
    const fileNo = /\bFile\s+Nos?\.?\s*([0-9]{1,3}-[0-9]{4,6}(?:\s*(?:,|and)\s*[0-9]{1,3}-[0-9]{4,6})*)/i.exec(joined);
    if (fileNo) facts.fileNumber = fileNo[1].trim();
  }
  for (let i = Math.max(0, re); i < Math.min(lines.length, (re < 0 ? 0 : re) + 60); i++) {
    const m = /\b(?:letter|comments?)\s+(?:dated|of)\s+((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4})/i.exec(lines[i].text);
    if (m) {
      facts.staffLetterDate = isoDate(m[1]);
      break;
    }
  }
  return facts;
}
