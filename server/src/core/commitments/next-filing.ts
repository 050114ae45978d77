// "Name the filing": the first report a commitment can still start with. It is the company's next report after the
// letter's date (the staff letter's, or the response's when that is later) that has not been filed by then, on the
// company's own fiscal calendar and the forms' deadlines:
//
// - a domestic filer files a 10-Q for each of the first three fiscal quarters and a 10-K for the year: there is no
//   10-Q for the fourth quarter, whose results are in the 10-K;
// - a foreign private issuer files a 20-F (a Canadian MJDS issuer a 40-F) once a year; its interim reports on 6-K are
//   not periodic reports;
// - earnings releases (furnished on 8-K, Item 2.02) are their own track: one per quarter, the fourth with the year.
//
// A report counts as already filed once its earliest deadline has passed (the large accelerated filer's, unless the
// front matter's `filer-status` says otherwise): proposing a later report is a safe commitment, proposing one that
// is already on EDGAR is not. Deadlines (general knowledge of the forms' General Instructions, see domain notes):
// 10-Q 40 days after the quarter (45 for non-accelerated filers), 10-K 60/75/90 days, 20-F four months, 40-F with
// the Canadian annual filing (90 days). Earnings releases are taken as made 30 days after a quarter and 45 days after
// the year end (the usual practice, not a rule).

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY = 86_400_000;

export interface NextFiling {
  /** "Annual Report on Form 10-K for the fiscal year ending December 31, 2017". */
  text: string;
  /** False when the form or period could not be read and `text` holds a placeholder to fill in. */
  known: boolean;
  /** Set when the fiscal year end was assumed (a 10-Q title gives only its quarter): say so to the drafter. */
  assumption?: string;
  /** Its period is over but its deadline ("November 28, 2018") had not passed by the letter's date: it may be filed already. */
  dueBy?: string;
  /** When `dueBy` is set: the report after it, for a company that has already filed. */
  alternative?: NextFiling;
}

/** Which reports a commitment starts with: any periodic report, only the annual or quarterly one, or earnings releases. */
export type FilingTrack = 'periodic' | 'annual' | 'quarterly' | 'earnings';

export interface NextFilingInput {
  /** The filing(s) under review as written in the Re: block or front matter (`filing:`, `filings:`). */
  reviewed?: string | readonly string[];
  /** Front matter `fiscal-year-end`: "December 31", "12-31", "June 28, 2019", "last Saturday of September". */
  fiscalYearEnd?: string;
  /** ISO date after which the report must be filed: the staff letter's date (or the response's, when later). */
  asOf?: string;
  /** Front matter `filer-status`: large-accelerated (default), accelerated, non-accelerated, smaller-reporting. */
  filerStatus?: string;
  /** From the commitment's words ("future earnings releases", "future Forms 10-K"); 'periodic' when they say only "filings". */
  track?: FilingTrack;
}

type Form = '10-K' | '10-Q' | '20-F' | '40-F' | '8-K';

/** How the company's fiscal years end: a fixed day of a month, or a weekday (52/53-week years). */
type YearEnd =
  | { kind: 'fixed'; month: number; day: number } // day 31 = the month's last day
  | { kind: 'last-weekday'; month: number; weekday: number } // the last Saturday of September
  | { kind: 'nearest-weekday'; month: number; day: number; weekday: number }; // the Saturday nearest January 31

const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const FORM_RE = /\bForms?\s+(10-K|10-Q|20-F|40-F|8-K)\b/i;
const FISCAL_YEAR = new RegExp(`\\b(?:fiscal\\s+)?years?\\s+end(?:ed|ing)?:?\\s+${MONTH_RE}\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'i');
const PERIOD = new RegExp(`\\b(?:quarter(?:ly)?|period|three\\s+months|six\\s+months|nine\\s+months)[^;\\n]{0,30}?\\bend(?:ed|ing)?:?\\s+${MONTH_RE}\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'i');

/** The next report, as words to follow "beginning with our". Never throws. */
export function nextFiling(input: NextFilingInput): NextFiling {
  // A letter asks the same question once per commitment without a filing, on every keystroke; the answer depends on
  // the input alone, and walking the fiscal calendar each time cost about a tenth of a keystroke's check.
  const key = JSON.stringify([input.reviewed, input.fiscalYearEnd, input.asOf, input.filerStatus, input.track]);
  const hit = answered.get(key);
  if (hit) return hit;
  let next: NextFiling;
  try {
    next = nextUnsafe(input);
  } catch {
    next = unknown();
  }
  if (answered.size >= ANSWERS_KEPT) answered.clear();
  answered.set(key, next);
  return next;
}

// The answers are shared between callers, who only read them. A workspace of letters asks a few questions each.
const ANSWERS_KEPT = 256;
const answered = new Map<string, NextFiling>();

/** The next periodic report after the reviewed filing (see `nextFiling`). */
export function nextPeriodicReport(reviewedFiling: string | undefined, staffLetterDate?: string, more: Omit<NextFilingInput, 'reviewed' | 'asOf'> = {}): NextFiling {
  return nextFiling({ ...more, reviewed: reviewedFiling, asOf: staffLetterDate });
}

/** The track a commitment's venue ("in future filings", "in our future Forms 10-K") puts it on. */
export function trackOfVenue(venue: string | undefined): FilingTrack {
  const v = venue ?? '';
  if (/earnings/i.test(v)) return 'earnings';
  const annual = /10-K|20-F|40-F|annual/i.test(v);
  const quarterly = /10-Q|quarterly/i.test(v);
  // "future Forms 10-Q and 10-K" names both: whichever comes first.
  if (annual && !quarterly) return 'annual';
  if (quarterly && !annual) return 'quarterly';
  return 'periodic';
}

function unknown(): NextFiling {
  return { text: '[Annual Report on Form 10-K for the fiscal year ending Month DD, YYYY]', known: false };
}

function nextUnsafe(input: NextFilingInput): NextFiling {
  const titles = (typeof input.reviewed === 'string' ? [input.reviewed] : input.reviewed ?? []).filter(Boolean);
  const forms = titles.map((t) => FORM_RE.exec(t)?.[1].toUpperCase() as Form | undefined).filter((f): f is Form => f !== undefined);
  const foreign = forms.find((f) => f === '20-F' || f === '40-F');
  const reviewedForm: Form | undefined = foreign ?? forms[0];
  const asOf = parseIso(input.asOf);

  // The fiscal year end: the front matter, else a "fiscal year ended ..." in a title, else (a 10-Q title) assumed.
  let yearEnd = input.fiscalYearEnd ? parseYearEnd(input.fiscalYearEnd) : undefined;
  let anchor: number | undefined; // a known fiscal year end date, to step from
  let assumption: string | undefined;
  for (const t of titles) {
    const m = FISCAL_YEAR.exec(t);
    if (!m) continue;
    anchor = utc(Number(m[3]), monthIndex(m[1]), Number(m[2]));
    yearEnd ??= yearEndOfDate(anchor);
    break;
  }
  let period: number | undefined;
  for (const t of titles) {
    const m = PERIOD.exec(t);
    if (m) {
      period = utc(Number(m[3]), monthIndex(m[1]), Number(m[2]));
      break;
    }
  }
  if (!yearEnd && (period !== undefined || (reviewedForm === '8-K' && asOf !== undefined))) {
    // A quarterly report's title gives its quarter, an 8-K's none: a calendar year when the quarter allows it.
    if (period !== undefined && new Date(period).getUTCMonth() % 3 !== 2) return { ...unknown(), assumption: 'set fiscal-year-end in the front matter' };
    yearEnd = { kind: 'fixed', month: 11, day: 31 };
    assumption = 'assumes a fiscal year ending December 31; set fiscal-year-end in the front matter if it does not';
  }
  if (!yearEnd) return unknown();
  // The reviewed report is on EDGAR already: nothing up to its period can be next.
  const floor = Math.max(period ?? -Infinity, anchor ?? -Infinity);
  const from = asOf ?? (Number.isFinite(floor) ? floor : undefined);
  if (from === undefined) return unknown();

  const status = (input.filerStatus ?? 'large-accelerated').toLowerCase().replace(/[\s_]+/g, '-');
  const nonAccelerated = /non|smaller|src|emerging/.test(status);
  const accelerated = !nonAccelerated && !/large/.test(status) && /accelerated/.test(status);
  let track = input.track ?? 'periodic';
  if (reviewedForm === '8-K' && track === 'periodic') track = 'earnings';
  const annualForm: Form = foreign ?? '10-K';
  const quarterly = annualForm === '10-K' && track !== 'annual';

  // Fiscal year ends around `from`, then each period of those years in order; the first not yet filed is the one.
  // A period already over whose report is not yet due may or may not be on EDGAR: the report after it is offered too.
  const found: NextFiling[] = [];
  const ends = yearEndsAround(yearEnd, from, anchor);
  for (let y = 1; y < ends.length && found.length < 2; y++) {
    const quarters = quarterEnds(yearEnd, ends[y - 1]);
    const periods: { end: number; q: number }[] = [...quarters.map((q, i) => ({ end: q, q: i + 1 })), { end: ends[y], q: 4 }];
    for (const p of periods) {
      if (found.length === 2) break;
      if (p.end <= floor) continue;
      let due: number;
      let text: string;
      if (track === 'earnings') {
        due = p.end + (p.q === 4 ? 45 : 30) * DAY;
        text = p.q === 4 ? `earnings release for the fourth quarter and fiscal year ${tense(p.end, from)} ${fmt(p.end)}` : `earnings release for the quarter ${tense(p.end, from)} ${fmt(p.end)}`;
      } else {
        if (p.q < 4 && !quarterly) continue;
        if (p.q === 4 && track === 'quarterly') continue;
        due = p.end + (p.q < 4 ? (nonAccelerated ? 45 : 40) : annualDeadlineDays(annualForm, nonAccelerated, accelerated, p.end)) * DAY;
        text =
          p.q < 4
            ? `Quarterly Report on Form 10-Q for the quarter ${tense(p.end, from)} ${fmt(p.end)}`
            : `Annual Report on Form ${annualForm} for the fiscal year ${tense(p.end, from)} ${fmt(p.end)}`;
      }
      if (due <= from) continue;
      const next: NextFiling = { text, known: true };
      if (!found.length && p.end < from) next.dueBy = fmt(due);
      found.push(next);
      if (!next.dueBy) break;
    }
  }
  if (!found.length) return unknown();
  const [first, after] = found;
  if (first.dueBy && after) first.alternative = withAssumption(after, assumption);
  return withAssumption(first, assumption);
}

function withAssumption(n: NextFiling, assumption: string | undefined): NextFiling {
  return assumption ? { ...n, assumption } : n;
}

function annualDeadlineDays(form: Form, nonAccelerated: boolean, accelerated: boolean, end: number): number {
  if (form === '20-F') {
    // Four months after the year end.
    const d = new Date(end);
    const y = d.getUTCFullYear() + Math.floor((d.getUTCMonth() + 4) / 12);
    const m = (d.getUTCMonth() + 4) % 12;
    const monthEnd = d.getUTCDate() === daysIn(d.getUTCFullYear(), d.getUTCMonth());
    return Math.round((utc(y, m, monthEnd ? daysIn(y, m) : Math.min(d.getUTCDate(), daysIn(y, m))) - end) / DAY);
  }
  if (form === '40-F') return 90;
  return nonAccelerated ? 90 : accelerated ? 75 : 60;
}

/** "ended" for a period over by the letter's date, "ending" for one still running. */
function tense(end: number, asOf: number): string {
  return end < asOf ? 'ended' : 'ending';
}

// Calendar ------------------------------------------------------------------------------------------------------

function utc(y: number, m: number, d: number): number {
  return Date.UTC(y, m, d);
}
function monthIndex(name: string): number {
  return MONTHS.findIndex((x) => x.toLowerCase() === name.toLowerCase().replace(/\.$/, ''));
}
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}
function parseIso(s: string | undefined): number | undefined {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim()) : null;
  return m ? utc(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
}
function fmt(t: number): string {
  const d = new Date(t);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

/** A fiscal year end read from a date that ended one: a month end is a fixed year end, any other day a 52/53-week one. */
function yearEndOfDate(t: number): YearEnd {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  if (day === daysIn(y, m)) return { kind: 'fixed', month: m, day: 31 };
  const weekday = d.getUTCDay();
  // Early in a month: the weekday nearest the previous month's end (retailers' "Saturday nearest January 31").
  if (day <= 7) {
    const pm = (m + 11) % 12;
    return { kind: 'nearest-weekday', month: pm, day: 31, weekday };
  }
  if (day >= daysIn(y, m) - 6) return { kind: 'last-weekday', month: m, weekday };
  return { kind: 'fixed', month: m, day };
}

/** Front matter `fiscal-year-end`. */
export function parseYearEnd(s: string): YearEnd | undefined {
  const t = s.trim().replace(/\s+/g, ' ');
  let m = new RegExp(`^last (${WEEKDAYS.join('|')}) (?:of|in) ${MONTH_RE}$`, 'i').exec(t);
  if (m) return { kind: 'last-weekday', month: monthIndex(m[2]), weekday: WEEKDAYS.findIndex((w) => w.toLowerCase() === m![1].toLowerCase()) };
  m = new RegExp(`^(${WEEKDAYS.join('|')}) (?:nearest|closest to) (?:the end of )?${MONTH_RE}(?: (\\d{1,2}))?$`, 'i').exec(t);
  if (m) return { kind: 'nearest-weekday', month: monthIndex(m[2]), day: m[3] ? Number(m[3]) : 31, weekday: WEEKDAYS.findIndex((w) => w.toLowerCase() === m![1].toLowerCase()) };
  m = new RegExp(`^${MONTH_RE}\\.? (\\d{1,2})(?:,? (\\d{4}))?$`, 'i').exec(t);
  if (m) {
    if (m[3]) return yearEndOfDate(utc(Number(m[3]), monthIndex(m[1]), Number(m[2])));
    return fixedEnd(monthIndex(m[1]), Number(m[2]));
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return yearEndOfDate(utc(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  m = /^-{0,2}(\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (m) return fixedEnd(Number(m[1]) - 1, Number(m[2]));
  return undefined;
}

function fixedEnd(month: number, day: number): YearEnd | undefined {
  if (month < 0 || month > 11 || day < 1 || day > 31) return undefined;
  // "February 28" is February's last day (29 in a leap year).
  return { kind: 'fixed', month, day: day >= daysIn(2001, month) ? 31 : day };
}

/** The fiscal year end falling in calendar year `y`. */
function yearEndIn(ye: YearEnd, y: number): number {
  switch (ye.kind) {
    case 'fixed':
      return utc(y, ye.month, Math.min(ye.day, daysIn(y, ye.month)));
    case 'last-weekday': {
      const last = utc(y, ye.month, daysIn(y, ye.month));
      const back = (new Date(last).getUTCDay() - ye.weekday + 7) % 7;
      return last - back * DAY;
    }
    case 'nearest-weekday': {
      const target = utc(y, ye.month, Math.min(ye.day, daysIn(y, ye.month)));
      let diff = (ye.weekday - new Date(target).getUTCDay() + 7) % 7; // 0..6 days forward
      if (diff > 3) diff -= 7;
      return target + diff * DAY;
    }
  }
}

/**
 * Consecutive fiscal year ends from the one before `from` to two years after it. The "nearest" convention can put a
 * year end in the next calendar year (February 1): ends are taken by fiscal year, so each appears once.
 */
function yearEndsAround(ye: YearEnd, from: number, anchor: number | undefined): number[] {
  const y0 = new Date(from).getUTCFullYear();
  const out: number[] = [];
  for (let y = y0 - 2; y <= y0 + 3; y++) out.push(yearEndIn(ye, y));
  if (anchor !== undefined && !out.includes(anchor) && ye.kind === 'fixed') out.push(anchor);
  out.sort((a, b) => a - b);
  // From the year end before the last one on or before `from`: the report on the year just ended may still be due.
  let i = out.length - 1;
  while (i > 0 && out[i] > from) i--;
  return out.slice(Math.max(0, i - 1));
}

/** The ends of the first three quarters of the fiscal year that starts after `start`. */
function quarterEnds(ye: YearEnd, start: number): number[] {
  if (ye.kind === 'fixed') {
    const d = new Date(start);
    const out: number[] = [];
    for (let k = 1; k <= 3; k++) {
      const y = d.getUTCFullYear() + Math.floor((d.getUTCMonth() + 3 * k) / 12);
      const m = (d.getUTCMonth() + 3 * k) % 12;
      out.push(utc(y, m, Math.min(ye.day, daysIn(y, m))));
    }
    return out;
  }
  // 52/53-week years: three 13-week quarters, the extra week (if any) in the fourth.
  return [1, 2, 3].map((k) => start + 91 * k * DAY);
}
