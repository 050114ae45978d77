import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/core/check';
import { addBusinessDays, businessDaysBetween, federalHolidays, letterStatus } from '../../server/src/core/features/status';
import { foldingSpans, outline } from '../../server/src/core/features/outline';
import { EXAMPLE, itShared, read, SEED } from '../helpers/letters';

describe('letter status', () => {
  it('counts answered comments and the response due date', () => {
    const text = read(EXAMPLE);
    const at = text.indexOf('> **3.**');
    const label = text.lastIndexOf('**Response:**', at);
    const s = letterStatus(analyze(text.slice(0, label) + text.slice(at)));
    expect(s.comments).toBe(5);
    expect(s.answered).toBe(4);
    expect(s.responseDue).toBe('2017-08-30');
    expect(s.summary).toMatch(/^4 of 5 comments answered · .*response due Aug 30, 2017$/);
    expect(letterStatus(analyze(text.slice(0, label) + text.slice(at)), '2017-08-28').summary).toMatch(/response due Aug 30$/);
    expect(letterStatus(analyze(text.slice(0, label) + text.slice(at)), '2017-08-28').dueSoon).toBe(true);
    expect(letterStatus(analyze(text.slice(0, label) + text.slice(at)), '2017-08-17').dueSoon).toBe(false);
    expect(letterStatus(analyze(text.slice(0, label) + text.slice(at)), '2017-09-05').summary).toMatch(/response was due Aug 30$/);
  });

  it('does not count a placeholder as an answer', () => {
    const s = letterStatus(analyze('---\ncompany: X\n---\n\n> **1.** Please explain.\n\n**Response:** [TBD]\n'));
    expect([s.comments, s.answered]).toEqual([1, 0]);
  });

  it.each([
    ['2017-08-16', 10, '2017-08-30'],
    ['2025-06-17', 10, '2025-07-02'], // Juneteenth (Thursday, June 19) is not a business day
    ['2024-12-27', 1, '2024-12-30'],
    ['2024-12-24', 1, '2024-12-26'], // Christmas
    ['2023-11-21', 2, '2023-11-24'], // Thanksgiving (November 23)
    ['2021-12-30', 1, '2022-01-03'], // New Year's Day 2022, a Saturday, observed on Friday, December 31
    ['2016-01-05', 10, '2016-01-20'], // Martin Luther King, Jr. Day (January 18)
    ['not a date', 10, undefined],
  ])('%s + %i business days = %s', (from, days, want) => {
    expect(addBusinessDays(from, days)).toBe(want);
  });
});

describe('business days between two dates', () => {
  /** The definition, one day at a time: days after `from` up to `to` that are neither weekend nor federal holiday. */
  function walked(from: string, to: string): number {
    const a = new Date(`${from}T00:00:00Z`);
    const b = new Date(`${to}T00:00:00Z`);
    const sign = b >= a ? 1 : -1;
    let n = 0;
    for (const d = new Date(a); sign > 0 ? d < b : d > b; ) {
      d.setUTCDate(d.getUTCDate() + sign);
      const wd = d.getUTCDay();
      if (wd !== 0 && wd !== 6 && !federalHolidays(d.getUTCFullYear()).has(d.toISOString().slice(0, 10))) n += sign;
    }
    return n;
  }
  const date = fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

  it('counts what walking the calendar counts, in both directions (300 pairs of dates)', () => {
    fc.assert(fc.property(date, date, (a, b) => businessDaysBetween(a, b) === walked(a, b)), { numRuns: 300 });
  });

  it('skips an observed New Year\'s Day that falls in the year before, and weekends', () => {
    // 2022-01-01 is a Saturday, observed on Friday 2021-12-31.
    expect(businessDaysBetween('2021-12-30', '2022-01-03')).toBe(1);
    expect(businessDaysBetween('2022-01-03', '2021-12-30')).toBe(-1);
    expect(businessDaysBetween('2024-05-03', '2024-05-03')).toBe(0);
  });
});

describe('outline', () => {
  itShared('nests captions, comments and responses for a plain letter too', () => {
    const tree = outline(analyze(read(SEED)).letter);
    expect(tree.map((n) => n.name)).toEqual(['Item 3. Key Information', 'Item 5. Operating and Financial Review and Prospects']);
    const item5 = tree[1];
    expect(item5.children.map((n) => n.name)).toEqual(['Critical Accounting Policies']);
    // Under its caption a comment is named by its number alone; its opening words are the detail.
    expect(item5.children[0].children[0].name).toBe('Goodwill, page 84');
    expect(item5.children[0].children[0].children[0].name).toBe('Comment 5');
    expect(item5.children[0].children[0].children[0].detail).toMatch(/^Tell us whether your MNS reporting unit/);
    expect(item5.children[0].children[0].children[0].children.map((n) => n.name)).toEqual(['Response 5']);
    for (const n of tree) expect(n.span.end).toBeGreaterThan(n.span.start);
  });

  it('folds each caption with what it holds', () => {
    const a = analyze(read(EXAMPLE));
    const spans = foldingSpans(a.letter);
    const item5 = a.letter.captions.find((c) => c.title.startsWith('Item 5.'))!;
    const fold = spans.find((s) => s.start === item5.span.start)!;
    expect(fold.end).toBe(a.letter.responses[a.letter.responses.length - 1].span.end);
  });

  it('folds each comment together with its response', () => {
    const a = analyze(read(EXAMPLE));
    const spans = foldingSpans(a.letter);
    const c1 = a.letter.comments[0];
    const r1 = a.letter.responses[0];
    expect(spans).toContainEqual({ start: c1.span.start, end: r1.span.end });
  });
});

it('knows the federal holidays of a year, with weekend observance', () => {
  expect([...federalHolidays(2026)].sort()).toEqual([
    '2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03', '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25',
  ]);
});
