// The facts at the head and foot of a staff letter: the date, the addressee, the Re: block (several registrants,
// several forms with their filed/submitted dates, file numbers) and the review office in the sign-off.

import { isoDate } from '../dialect/re-block';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DATE_LINE = new RegExp(`^${MONTH}\\s+\\d{1,2},?\\s+\\d{4}$`);
const FILING =
  /^(?:Amendment\s+No\.|Amended\b|Forms?\s+[0-9A-Z]|(?:Preliminary|Definitive|Revised|Draft|Amended)\b|Registration Statements?\b|Schedules?\s+(?:1\d|TO)|Annual Report|Quarterly Report|Current Report|Information Statement|Proxy Statement|Offering Statement|\d{1,2}-[KQ]\b|(?:10|20|40)-F\b|S-\d|F-\d|Post-Effective)/i;
const FILED = new RegExp(`^(?:Filed|Submitted|Furnished|Confidentially submitted)(?:\\s+on)?\\s+(${MONTH}\\s+\\d{1,2},?\\s+\\d{4})`, 'i');
const INLINE_FILED = new RegExp(`\\b(?:filed|submitted|furnished)(?:\\s+on)?\\s+(${MONTH}\\s+\\d{1,2},?\\s+\\d{4})`, 'i');
const FILE_NO = /^File\s+(?:Nos?|Numbers?)\.?\s*:?/i;
const RESPONSE_DATED = new RegExp(`^(?:Response|Responses|Letter)\\s+dated\\s+(${MONTH}\\s+\\d{1,2},?\\s+\\d{4})`, 'i');

export interface FilingRef {
  /** As written, without a trailing "filed ..." part: "Form 10-K for the Fiscal Year Ended December 31, 2015". */
  form: string;
  /** ISO date when a Filed/Submitted/Furnished date belongs to it. */
  filed?: string;
}

export interface StaffHead {
  /** ISO date of the staff letter (the date line above the addressee). */
  date?: string;
  addressee?: { name: string; title?: string };
  companies: string[];
  filings: FilingRef[];
  fileNumbers: string[];
  /** "Response dated ..." in the Re: block: the company's previous response. */
  priorResponseDate?: string;
  salutation?: string;
  /** Index of the salutation line ("Dear ...:"), the end of the head. */
  salutationLine: number;
}

/** Reads the head of a staff letter from its lines (furniture already blanked). */
export function readStaffHead(lines: string[]): StaffHead {
  const head: StaffHead = { companies: [], filings: [], fileNumbers: [], salutationLine: -1 };
  const limit = Math.min(lines.length, 80);
  let re = -1;
  for (let i = 0; i < limit; i++) {
    const t = lines[i].trim();
    if (/^(?:Dear\b|Ladies and Gentlemen|Gentlemen|To whom)/i.test(t)) {
      head.salutationLine = i;
      head.salutation = t;
      break;
    }
    if (re < 0 && /^(?:\*\*)?R[Ee]\s*:/.test(t)) re = i;
  }
  // The date line and the addressee come before the Re: block.
  const top = re >= 0 ? re : head.salutationLine >= 0 ? head.salutationLine : Math.min(limit, 20);
  let dateLine = -1;
  for (let i = 0; i < top; i++) {
    const t = lines[i].trim();
    if (DATE_LINE.test(t)) {
      head.date = isoDate(t);
      dateLine = i;
      break;
    }
  }
  const who: string[] = [];
  for (let i = dateLine + 1; i < top && who.length < 2; i++) {
    const t = lines[i].trim();
    if (!t || /^(?:Via\b|VIA\b|By\b|Mail Stop|Mailstop|BY\b)/i.test(t) || DATE_LINE.test(t)) continue;
    who.push(t);
  }
  if (who.length) head.addressee = { name: who[0], title: who[1] };
  if (re < 0) return head;

  const end = head.salutationLine >= 0 ? head.salutationLine : Math.min(lines.length, re + 14);
  const block: string[] = [];
  const first = lines[re].trim().replace(/^(?:\*\*)?R[Ee]\s*:\s*(?:\*\*)?/, '').trim();
  if (first) block.push(first);
  for (let i = re + 1; i < end; i++) {
    const t = lines[i].trim().replace(/\*\*/g, '');
    if (t) block.push(t);
  }
  let last: FilingRef | undefined;
  let seenFiling = false;
  for (const raw of block) {
    const t = raw.replace(/\s+/g, ' ');
    const fd = FILED.exec(t);
    const rd = RESPONSE_DATED.exec(t);
    if (FILE_NO.test(t)) {
      for (const m of t.matchAll(/\b\d{1,3}-\d{4,6}\b/g)) head.fileNumbers.push(m[0]);
    } else if (rd) {
      head.priorResponseDate = isoDate(rd[1]);
    } else if (fd) {
      if (last && !last.filed) last.filed = isoDate(fd[1]);
    } else if (FILING.test(t) || (seenFiling && /^(?:and\s+)?(?:Form|Schedule|Amendment)/i.test(t))) {
      const inline = INLINE_FILED.exec(t);
      const form = t.replace(/,?\s+(?:filed|submitted|furnished)(?:\s+on)?\s+.*$/i, '').replace(/[,;]\s*$/, '').trim();
      last = { form: /^\d{1,2}-[KQ]\b|^(?:10|20|40)-F\b/.test(form) ? `Form ${form}` : form };
      if (inline) last.filed = isoDate(inline[1]);
      head.filings.push(last);
      seenFiling = true;
    } else if (!seenFiling) {
      head.companies.push(t.replace(/[,;]\s*$/, ''));
    } else if (last && /^[a-z(]/.test(t)) {
      last.form = `${last.form} ${t}`;
    }
  }
  return head;
}

/** The review office from the sign-off ("Office of Information Technologies / and Services"). */
export function readReviewOffice(lines: string[], from: number): string | undefined {
  for (let i = Math.max(0, from); i < lines.length; i++) {
    const t = lines[i].trim();
    const m = /^(?:Division of Corporation Finance,?\s*)?(Office of\s.*)$/.exec(t);
    if (!m) continue;
    let office = m[1].trim();
    for (let j = i + 1; j < lines.length && j < i + 3; j++) {
      const next = lines[j].trim();
      if (!next || /^cc\s*:/i.test(next)) break;
      if (/\b(?:and|&|of|,)$/.test(office) || /^(?:and\b|&|[a-z])/.test(next)) office = `${office} ${next}`;
      else break;
    }
    return office.replace(/\s+/g, ' ');
  }
  return undefined;
}


const NAME = "(?:[A-Z][a-z]*\\.?\\s+){0,2}(?:[A-Z]\\.\\s+)?[A-Z][A-Za-z'\u2019-]+(?:\\s+(?:[A-Z]\\.\\s+)?[A-Z][A-Za-z'\u2019-]+){0,2}";
const STAFF_TITLE = /^(?:(?:Senior|Special|Staff|Legal|Accounting|Assistant|Branch|Chief|Deputy|Associate|Attorney|Attorney-Adviser|Accountants?|Counsel|Examiner|Adviser|Director|Chief)\s+)+/;

/**
 * The staff reviewers named in the closing ("You may contact Jane Roe, Staff Accountant, at (202) 551-… or John Doe,
 * Branch Chief, at …"; "/s/ Jim B. Rosenberg"): whom the response is addressed to ("Attention: …"). Each as
 * "Name, Title" when the letter gives the title.
 */
export function readReviewers(lines: string[], from: number): string[] {
  const text = lines.slice(Math.max(0, from)).join(' ').replace(/[\s\u00A0]+/g, ' ');
  const out: string[] = [];
  const add = (name: string, title?: string) => {
    const n = name.replace(STAFF_TITLE, '').trim();
    if (!/\s/.test(n) || /^(?:Division|Office|Securities|Please|You|If|Sincerely|United)\b/.test(n)) return;
    if (out.some((o) => o.startsWith(n))) return;
    out.push(title ? `${n}, ${title.trim()}` : n);
  };
  const contact = new RegExp(`(?:contact|or)\\s+(${NAME})(?:,\\s*([A-Z][A-Za-z-]*(?:\\s+[A-Z][A-Za-z-]*){0,3}),?)?\\s+at\\s+\\(?\\d{3}`, 'g');
  for (const m of text.matchAll(contact)) add(m[1], m[2]);
  // "/s/ Jim B. Rosenberg Jim B. Rosenberg Senior Assistant Chief Accountant": the name up to its repetition or a title.
  for (const m of text.matchAll(/\/s\/\s+((?:[A-Z][A-Za-z.'\u2019-]*\s*){1,8})/g)) {
    const words = m[1].trim().split(/\s+/);
    const name: string[] = [];
    for (const w of words) {
      if (name.length && (w === words[0] || STAFF_TITLE.test(`${w} `) || /^(?:Office|Division)$/.test(w))) break;
      name.push(w);
      if (name.length === 4) break;
    }
    add(name.join(' '));
  }
  return out.slice(0, 6);
}
