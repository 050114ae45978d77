// "Name the filing": from the filing under review (front matter `filing:` or the Re: block) to the next periodic
// report a commitment can start with. An annual report is followed by the next annual report (the staff usually
// reads commitments against the next 10-K/20-F); a quarterly report by the next quarterly report.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface NextFiling {
  /** "Annual Report on Form 10-K for the fiscal year ending December 31, 2017". */
  text: string;
  /** False when the form or period could not be read and `text` holds a placeholder to fill in. */
  known: boolean;
}

const REVIEWED =
  /\bForm (?<form>10-K|20-F|40-F|10-Q)\b[^;\n]{0,40}?\b(?:fiscal |quarterly )?(?:year|quarter|period)s? end(?:ed|ing)?:? (?<month>January|February|March|April|May|June|July|August|September|October|November|December)\.? (?<day>\d{1,2}),? (?<year>\d{4})/i;

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}
function fmt(month: number, day: number, year: number): string {
  return `${MONTHS[month]} ${day}, ${year}`;
}

/** The next periodic report after the reviewed filing, as words to follow "beginning with our". */
export function nextPeriodicReport(reviewedFiling: string | undefined, staffLetterDate?: string): NextFiling {
  const m = reviewedFiling ? REVIEWED.exec(reviewedFiling) : null;
  if (!m?.groups) return { text: '[Annual Report on Form 10-K for the fiscal year ending Month DD, YYYY]', known: false };
  const form = m.groups.form.toUpperCase();
  const month = MONTHS.findIndex((x) => x.toLowerCase() === m.groups!.month.toLowerCase());
  const day = Number(m.groups.day);
  let year = Number(m.groups.year);
  const asOf = staffLetterDate && /^\d{4}-\d{2}-\d{2}$/.test(staffLetterDate) ? Date.parse(staffLetterDate) : NaN;
  if (form === '10-Q') {
    let mm = month + 3;
    if (mm > 11) {
      mm -= 12;
      year++;
    }
    // Quarters end on month ends; keep a 52/53-week day when the reviewed period did not end on one.
    const endDay = day >= daysIn(month, Number(m.groups.year)) ? daysIn(mm, year) : Math.min(day, daysIn(mm, year));
    return { text: `Quarterly Report on Form 10-Q for the quarter ending ${fmt(mm, endDay, year)}`, known: true };
  }
  const lastDay = day >= daysIn(month, year);
  const endOf = (y: number) => (lastDay ? daysIn(month, y) : Math.min(day, daysIn(month, y)));
  year++;
  // A review that reaches us after the next year end (a late response) points at the report after that.
  for (let guard = 0; guard < 5 && Number.isFinite(asOf) && Date.UTC(year, month, endOf(year)) < asOf; guard++) year++;
  const name = form === '10-K' ? 'Annual Report on Form 10-K' : `Annual Report on Form ${form}`;
  return { text: `${name} for the fiscal year ending ${fmt(month, endOf(year), year)}`, known: true };
}
