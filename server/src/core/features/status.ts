import type { Analysis } from '../check';

export interface LetterStatus {
  comments: number;
  answered: number;
  errors: number;
  warnings: number;
  commitments: number;
  undocumentedCommitments: number;
  /** ISO date ten business days after the staff letter, when its date is known. */
  responseDue?: string;
  /** Unanswered comments remain and the due date is three business days away or past. */
  dueSoon: boolean;
  summary: string;
}

/**
 * The one-line state of a letter, for the editor's status item and the CLI summary. `today` (ISO) decides how near
 * the due date is; the status warns from three business days before it.
 */
export function letterStatus(analysis: Analysis, today?: string): LetterStatus {
  const { letter, findings, commitments } = analysis;
  const numbers = new Set(letter.comments.map((c) => c.number));
  const answeredSet = new Set<number>();
  const emptyFor = new Set(findings.filter((f) => f.rule === 'empty-response').map((f) => f.span.start));
  for (const r of letter.responses) {
    if (r.number === undefined || !numbers.has(r.number)) continue;
    const emptyHere = emptyFor.has(r.labelSpan.start) || emptyFor.has(r.span.start);
    if (!emptyHere) answeredSet.add(r.number);
  }
  const undocumented = findings.filter((f) => f.rule === 'undocumented-commitment').length;
  const written = letter.facts.extra['response-due'];
  const due = typeof written === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(written) ? written : addBusinessDays(letter.facts.staffLetterDate, 10);
  const parts = [`${answeredSet.size} of ${numbers.size} comments answered`];
  if (undocumented) parts.push(`${undocumented} undocumented commitment${undocumented === 1 ? '' : 's'}`);
  let dueSoon = false;
  if (due) {
    const left = today ? businessDaysBetween(today, due) : undefined;
    dueSoon = left !== undefined && left <= 3 && answeredSet.size < numbers.size;
    const when = shortDate(due, today ? Number(today.slice(0, 4)) : undefined);
    parts.push(left !== undefined && left < 0 ? `response was due ${when}` : `response due ${when}`);
  }
  return {
    comments: numbers.size,
    answered: answeredSet.size,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    commitments: commitments.length,
    undocumentedCommitments: undocumented,
    responseDue: due,
    dueSoon,
    summary: parts.join(' · '),
  };
}

/** Adds business days (Monday–Friday, US federal holidays skipped, as the SEC counts them) to an ISO date. */
export function addBusinessDays(iso: string | undefined, days: number): string | undefined {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return undefined;
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (isBusinessDay(d)) left--;
  }
  return d.toISOString().slice(0, 10);
}

/** Business days from `from` to `to` (negative when `to` is earlier). */
export function businessDaysBetween(from: string, to: string): number {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return 0;
  // Counted, not walked day by day: the status line asks on every check, and a due date years away (an old
  // letter reopened) took milliseconds per keystroke.
  return b >= a ? businessDaysAfter(a, b) : -businessDaysAfter(b - DAY, a - DAY);
}

const DAY = 86_400_000;

/** Business days in (start, end], both UTC midnights, start ≤ end. */
function businessDaysAfter(start: number, end: number): number {
  const days = Math.round((end - start) / DAY);
  const weeks = Math.floor(days / 7);
  let n = weeks * 5; // any seven days in a row hold five weekdays
  for (let t = start + (weeks * 7 + 1) * DAY; t <= end; t += DAY) if (isWeekday(t)) n++;
  for (let y = new Date(start).getUTCFullYear(); y <= new Date(end).getUTCFullYear(); y++) {
    for (const h of federalHolidays(y)) {
      const t = Date.parse(`${h}T00:00:00Z`);
      // A year's set may name the last day of the year before (an observed New Year's Day); that year's set counts it.
      if (h.startsWith(`${y}-`) && t > start && t <= end && isWeekday(t)) n--;
    }
  }
  return n;
}

function isWeekday(t: number): boolean {
  const wd = new Date(t).getUTCDay();
  return wd !== 0 && wd !== 6;
}

function isBusinessDay(d: Date): boolean {
  const wd = d.getUTCDay();
  return wd !== 0 && wd !== 6 && !federalHolidays(d.getUTCFullYear()).has(d.toISOString().slice(0, 10));
}

const holidayCache = new Map<number, Set<string>>();

/** US federal holidays of a year (5 U.S.C. 6103), with the Friday/Monday observance of weekend dates. */
export function federalHolidays(year: number): Set<string> {
  const hit = holidayCache.get(year);
  if (hit) return hit;
  const iso = (m: number, day: number) => new Date(Date.UTC(year, m, day)).toISOString().slice(0, 10);
  const nth = (m: number, weekday: number, n: number) => {
    const first = new Date(Date.UTC(year, m, 1)).getUTCDay();
    return iso(m, 1 + ((weekday - first + 7) % 7) + (n - 1) * 7);
  };
  const last = (m: number, weekday: number) => {
    const lastDay = new Date(Date.UTC(year, m + 1, 0));
    return iso(m, lastDay.getUTCDate() - ((lastDay.getUTCDay() - weekday + 7) % 7));
  };
  const observed = (m: number, day: number) => {
    const wd = new Date(Date.UTC(year, m, day)).getUTCDay();
    return iso(m, wd === 6 ? day - 1 : wd === 0 ? day + 1 : day);
  };
  const days = [
    observed(0, 1), // New Year's Day
    nth(0, 1, 3), // Birthday of Martin Luther King, Jr.
    nth(1, 1, 3), // Washington's Birthday
    last(4, 1), // Memorial Day
    observed(6, 4), // Independence Day
    nth(8, 1, 1), // Labor Day
    nth(9, 1, 2), // Columbus Day
    observed(10, 11), // Veterans Day
    nth(10, 4, 4), // Thanksgiving Day
    observed(11, 25), // Christmas Day
  ];
  if (year >= 2021) days.push(observed(5, 19)); // Juneteenth National Independence Day
  // New Year's Day of next year observed on this year's December 31.
  if (new Date(Date.UTC(year + 1, 0, 1)).getUTCDay() === 6) days.push(iso(11, 31));
  const set = new Set(days);
  holidayCache.set(year, set);
  return set;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2017-09-01" → "Sep 1, 2017" (or "Sep 1" when the year is `currentYear`). */
export function shortDate(iso: string, currentYear?: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return y === currentYear ? `${MONTHS[m - 1]} ${d}` : `${MONTHS[m - 1]} ${d}, ${y}`;
}
