// The dates that decide whether a cite was current when the letter was written: the letter's own date and the end
// of the period the reviewed filing covers ("Form 20-F for the fiscal year ended December 31, 2016").
import type { Letter } from '../model';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),\s+((?:19|20)\d{2})\b/;

function iso(m: RegExpExecArray): string {
  const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}

function isIso(s: string | undefined): s is string {
  return !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);
}

/** The date the letter speaks from: response date, else staff letter date, else the first date in its opening. */
export function letterDate(letter: Pick<Letter, 'facts' | 'text'>): string | undefined {
  const f = letter.facts;
  if (isIso(f?.responseDate)) return f.responseDate;
  if (isIso(f?.staffLetterDate)) return f.staffLetterDate;
  const m = DATE.exec(letter.text.slice(0, 3000));
  return m ? iso(m) : undefined;
}

/** End of the reviewed period: "fiscal year ended December 31, 2016" in the facts or the letter's opening. */
export function periodEnd(letter: Pick<Letter, 'facts' | 'text'>): string | undefined {
  const sources = [letter.facts?.filing ?? '', letter.text.slice(0, 3000)];
  for (const s of sources) {
    const m = /(?:year|quarter|period)\s+ended\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),\s+((?:19|20)\d{2})/i.exec(s);
    if (m) return iso([m[0], m[1][0].toUpperCase() + m[1].slice(1).toLowerCase(), m[2], m[3]] as unknown as RegExpExecArray);
  }
  return undefined;
}
