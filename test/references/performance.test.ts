// The grammar runs on every keystroke: linear time, no catastrophic backtracking on hostile input.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { findCitations } from '../../server/src/core/references/citation';

test('a 10 MB letter scans in well under the benchmark budget', () => {
  const seed = readFileSync('/work/shared/seeds/21vianet-2017-08-30-response.txt', 'utf8');
  const big = seed.repeat(Math.ceil((10 * 1024 * 1024) / seed.length));
  const t0 = performance.now();
  const cites = findCitations(big);
  const ms = performance.now() - t0;
  console.log(`10 MB: ${cites.length} cites in ${ms.toFixed(0)} ms`);
  expect(cites.length).toBe(8 * Math.ceil((10 * 1024 * 1024) / seed.length));
  expect(ms).toBeLessThan(8000);
});

test('hostile input stays linear', () => {
  const cases = [
    'ASC ' + '350-'.repeat(20000),
    'Item 1, '.repeat(20000),
    'Rules 3-05 and '.repeat(20000),
    'Question 102.10 of the '.repeat(5000),
    '(a)'.repeat(50000),
    'ASC 606-10-25-1 and '.repeat(20000),
    'Item 303' + ' '.repeat(100000) + 'of Regulation S-K',
  ];
  for (const text of cases) {
    const t0 = performance.now();
    findCitations(text);
    expect(performance.now() - t0, text.slice(0, 30)).toBeLessThan(2000);
  }
});
