// "Name the filing": the next report after the letter's date, on the company's fiscal calendar and the forms'
// deadlines. A table over fiscal year ends × review types × staff-letter dates, each row worked out by hand from the
// calendar (no 10-Q for a fourth quarter; 10-Q due 40 days and 10-K 60 days after the period for a large
// accelerated filer, 20-F four months; earnings releases taken as made 30 days after a quarter, 45 after the year).
import { describe, expect, test } from 'vitest';
import { nextFiling, parseYearEnd, trackOfVenue } from '../../server/src/core/commitments/next-filing';
import { nameFilingFixes, nextFilingFor } from '../../server/src/core/commitments/fixes';
import { analyze } from '../../server/src/core/check';
import { applyFixes } from '../../server/src/core/fixes';

const Q = (end: string) => `Quarterly Report on Form 10-Q for the quarter ${end}`;
const K = (end: string) => `Annual Report on Form 10-K for the fiscal year ${end}`;
const F = (end: string) => `Annual Report on Form 20-F for the fiscal year ${end}`;
const ER = (end: string) => `earnings release for the quarter ${end}`;
const ER4 = (end: string) => `earnings release for the fourth quarter and fiscal year ${end}`;

// [fiscal year end (front matter), reviewed filing, staff letter date, expected, expected alternative when the report may already be filed]
const TABLE: [string | undefined, string, string, string, string?][] = [
  // Calendar year, 10-K review.
  ['December 31', 'Form 10-K for the Fiscal Year Ended December 31, 2017', '2018-05-20', Q('ending June 30, 2018')],
  ['December 31', 'Form 10-K for the Fiscal Year Ended December 31, 2017', '2018-11-27', K('ending December 31, 2018')],
  ['December 31', 'Form 10-K for the Fiscal Year Ended December 31, 2017', '2019-02-15', K('ended December 31, 2018'), Q('ending March 31, 2019')],
  // Calendar year, 10-Q review: the letter. The third-quarter 10-Q was due November 9; no fourth-quarter 10-Q.
  ['December 31', 'Form 10-Q for the Quarterly Period Ended September 30, 2018', '2018-11-27', K('ending December 31, 2018')],
  [undefined, 'Form 10-Q for the Quarterly Period Ended September 30, 2018', '2018-11-27', K('ending December 31, 2018')],
  ['December 31', 'Form 10-Q for the Quarterly Period Ended June 30, 2018', '2018-08-28', Q('ending September 30, 2018')],
  // Calendar year, 20-F review: no quarterly reports; the 20-F is due four months after the year.
  ['December 31', 'Form 20-F for the Fiscal Year Ended December 31, 2017', '2018-05-20', F('ending December 31, 2018')],
  ['December 31', 'Form 20-F for the Fiscal Year Ended December 31, 2017', '2019-02-15', F('ended December 31, 2018'), F('ending December 31, 2019')],
  // Calendar year, 8-K earnings release review: the next earnings release.
  ['December 31', 'Form 8-K furnished February 1, 2018', '2018-05-20', ER('ending June 30, 2018')],
  ['December 31', 'Form 8-K furnished February 1, 2018', '2018-11-27', ER4('ending December 31, 2018')],
  ['December 31', 'Form 8-K furnished February 1, 2018', '2019-02-15', ER('ending March 31, 2019')],
  [undefined, 'Form 8-K furnished February 1, 2018', '2018-11-27', ER4('ending December 31, 2018')],
  // June 30 year end.
  ['June 30', 'Form 10-K for the Fiscal Year Ended June 30, 2018', '2018-11-27', Q('ending December 31, 2018')],
  ['June 30', 'Form 10-K for the Fiscal Year Ended June 30, 2018', '2019-02-15', Q('ending March 31, 2019')],
  ['June 30', 'Form 10-K for the Fiscal Year Ended June 30, 2018', '2019-08-01', K('ended June 30, 2019'), Q('ending September 30, 2019')],
  [undefined, 'Form 10-K for the Fiscal Year Ended June 30, 2018', '2019-08-01', K('ended June 30, 2019'), Q('ending September 30, 2019')],
  ['June 30', 'Form 10-Q for the Quarterly Period Ended March 31, 2019', '2019-05-20', K('ending June 30, 2019')],
  ['June 30', 'Form 20-F for the Fiscal Year Ended June 30, 2018', '2018-11-27', F('ending June 30, 2019')],
  ['June 30', 'Form 8-K furnished April 25, 2019', '2019-05-20', ER4('ending June 30, 2019')],
  // 52/53-week year, the Saturday nearest January 31 (retail): 13-week quarters.
  [undefined, 'Form 10-K for the Fiscal Year Ended February 3, 2018', '2018-05-20', Q('ended May 5, 2018'), Q('ending August 4, 2018')],
  [undefined, 'Form 10-K for the Fiscal Year Ended February 3, 2018', '2018-11-27', Q('ended November 3, 2018'), K('ending February 2, 2019')],
  ['Saturday nearest January 31', 'Form 10-Q for the Quarterly Period Ended November 3, 2018', '2019-01-10', K('ending February 2, 2019')],
  ['Saturday nearest January 31', 'Form 8-K furnished November 20, 2018', '2019-01-10', ER4('ending February 2, 2019')],
  // 52/53-week year, the last Saturday of September.
  [undefined, 'Form 10-K for the Fiscal Year Ended September 29, 2018', '2018-11-27', Q('ending December 29, 2018')],
  [undefined, 'Form 10-K for the Fiscal Year Ended September 29, 2018', '2019-08-01', Q('ended June 29, 2019'), K('ending September 28, 2019')],
  ['last Saturday of September', 'Form 10-Q for the Quarterly Period Ended June 29, 2019', '2019-08-20', K('ending September 28, 2019')],
];

describe('the next report: fiscal year ends × review types × staff-letter dates', () => {
  test.each(TABLE)('fiscal year end %s, %s, staff letter %s', (fye, reviewed, asOf, expected, alternative) => {
    const next = nextFiling({ reviewed, fiscalYearEnd: fye, asOf });
    expect(next.known).toBe(true);
    expect(next.text).toBe(expected);
    expect(next.alternative?.text).toBe(alternative);
  });

  test('a fourth quarter is never a 10-Q, for any letter date in a year', () => {
    for (const fye of ['December 31', 'June 30', 'September 30', 'March 31']) {
      const month = fye.split(' ')[0];
      for (let d = Date.UTC(2018, 0, 1); d < Date.UTC(2019, 0, 1); d += 86_400_000 * 3) {
        const asOf = new Date(d).toISOString().slice(0, 10);
        const next = nextFiling({ reviewed: `Form 10-K for the fiscal year ended ${fye}, 2017`, fiscalYearEnd: fye, asOf });
        expect(next.text, asOf).not.toMatch(new RegExp(`10-Q for the quarter end(?:ed|ing) ${month}`));
        for (const n of [next, next.alternative]) {
          if (!n) continue;
          const m = /(\w+ \d+, \d{4})$/.exec(n.text)!;
          // A report already due by the letter's date is never proposed.
          const end = Date.parse(`${m[1]} UTC`);
          const days = /10-Q/.test(n.text) ? 40 : 60;
          if (n === next) expect(end + days * 86_400_000, `${asOf}: ${n.text}`).toBeGreaterThan(d);
        }
      }
    }
  });

  test('the track follows the commitment words', () => {
    expect(trackOfVenue('in future earnings releases')).toBe('earnings');
    expect(trackOfVenue('in our future Forms 10-K')).toBe('annual');
    expect(trackOfVenue('in future quarterly reports')).toBe('quarterly');
    expect(trackOfVenue('in future filings')).toBe('periodic');
    expect(trackOfVenue('in our future Forms 10-Q and 10-K')).toBe('periodic');
    const reviewed = 'Form 10-K for the Fiscal Year Ended December 31, 2017';
    expect(nextFiling({ reviewed, asOf: '2018-05-20', track: 'annual' }).text).toBe(K('ending December 31, 2018'));
    expect(nextFiling({ reviewed, asOf: '2018-11-27', track: 'quarterly' }).text).toBe(Q('ending March 31, 2019'));
    expect(nextFiling({ reviewed, asOf: '2018-05-20', track: 'earnings' }).text).toBe(ER('ending June 30, 2018'));
  });

  test('fiscal year end as written in front matter', () => {
    expect(parseYearEnd('December 31')).toEqual({ kind: 'fixed', month: 11, day: 31 });
    expect(parseYearEnd('12-31')).toEqual({ kind: 'fixed', month: 11, day: 31 });
    expect(parseYearEnd('--06-30')).toEqual({ kind: 'fixed', month: 5, day: 31 });
    expect(parseYearEnd('February 28')).toEqual({ kind: 'fixed', month: 1, day: 31 });
    expect(parseYearEnd('last Saturday of September')).toEqual({ kind: 'last-weekday', month: 8, weekday: 6 });
    expect(parseYearEnd('Saturday nearest January 31')).toEqual({ kind: 'nearest-weekday', month: 0, day: 31, weekday: 6 });
    expect(parseYearEnd('sometime')).toBeUndefined();
  });

  test('a late filer status moves the deadlines', () => {
    const reviewed = 'Form 10-Q for the Quarterly Period Ended June 30, 2018';
    // August 12: past a large accelerated filer's 40 days, not a non-accelerated filer's 45.
    expect(nextFiling({ reviewed, asOf: '2018-08-12', fiscalYearEnd: 'December 31' }).text).toBe(Q('ending September 30, 2018'));
    expect(nextFiling({ reviewed: 'Form 10-K for the fiscal year ended December 31, 2017', asOf: '2018-08-12', filerStatus: 'non-accelerated' }).text).toBe(Q('ended June 30, 2018'));
  });

  test('without a period or a date it says what to fill in', () => {
    expect(nextFiling({ reviewed: 'Schedule 14A', asOf: '2018-01-01' }).known).toBe(false);
    expect(nextFiling({ reviewed: 'Form 10-Q for the Quarterly Period Ended October 31, 2018', asOf: '2018-12-20' }).known).toBe(false);
    expect(nextFiling({ reviewed: 'Form 10-Q for the Quarterly Period Ended September 30, 2018', asOf: '2018-11-27' }).assumption).toMatch(/fiscal-year-end/);
  });
});

const LETTER = (fm: string, response: string) => `---
company: Example Corp
${fm}---

# Form 10-Q for the Quarterly Period Ended September 30, 2018

## Results of Operations, page 25

> **1.** Please expand your discussion of the drivers of revenue growth.

**Response:**

${response}
`;

describe('"Name the filing" on a letter', () => {
  test("the issue's letter: a 10-Q review answered in November gets the 10-K", () => {
    const text = LETTER('filing: Form 10-Q for the Quarterly Period Ended September 30, 2018\nstaff-letter: 2018-11-27\nfiscal-year-end: December 31\n', 'The Company will expand its discussion of revenue drivers in future filings.');
    const a = analyze(text);
    const f = a.findings.find((x) => x.rule === 'commitment-without-filing')!;
    expect(f.fixes![0].title).toContain('beginning with our Annual Report on Form 10-K for the fiscal year ending December 31, 2018');
    expect(applyFixes(text, [f.fixes![0]])).toContain('in future filings, beginning with our Annual Report on Form 10-K for the fiscal year ending December 31, 2018.');
  });

  test('a response dated after the next deadline moves the proposal on', () => {
    const fm = 'filing: Form 10-K for the Fiscal Year Ended December 31, 2017\nstaff-letter: 2018-10-25\n';
    const base = LETTER(fm, 'x').replace('# Form 10-Q for the Quarterly Period Ended September 30, 2018', '# Form 10-K');
    const letter = analyze(base).letter;
    expect(nextFilingFor(letter).text).toBe(Q('ended September 30, 2018'));
    const later = analyze(base.replace('staff-letter: 2018-10-25\n', 'staff-letter: 2018-10-25\nresponse-date: 2018-11-12\n')).letter;
    expect(nextFilingFor(later).text).toBe(K('ending December 31, 2018'));
  });

  test('a report that may already be filed: a second fix names the one after it', () => {
    const text = LETTER('filing: Form 10-K for the Fiscal Year Ended December 31, 2017\nstaff-letter: 2019-02-15\n', 'The Company will expand its discussion of revenue drivers in future filings.');
    const a = analyze(text);
    const c = a.commitments[0];
    const fixes = nameFilingFixes(a.letter, c);
    expect(fixes.map((f) => f.title)).toEqual([
      'Name the filing: "beginning with our Annual Report on Form 10-K for the fiscal year ended December 31, 2018" (due March 1, 2019: check it is not filed yet)',
      'Name the filing: "beginning with our Quarterly Report on Form 10-Q for the quarter ending March 31, 2019" (if the Form 10-K for the fiscal year ended December 31, 2018 is already filed)',
    ]);
  });
});
