// The grammar runs on every keystroke, so hostile input must not make it backtrack badly. Speed itself is measured
// by `npm run bench`; these tests only prove the scan finishes (within the test timeout) with the right answer.
import { expect, test } from 'vitest';
import { findCitations } from '../../server/src/core/references/citation';
import { EXAMPLE, read } from '../helpers/letters';

test('a 10 MB letter yields every cite of every copy', () => {
  const letter = read(EXAMPLE);
  const copies = Math.ceil((10 * 1024 * 1024) / letter.length);
  const one = findCitations(letter).length;
  expect(one).toBeGreaterThanOrEqual(8);
  expect(findCitations(letter.repeat(copies)).length).toBe(one * copies);
});

test.each([
  ['a long run of dashes after ASC', 'ASC ' + '350-'.repeat(20000)],
  ['a long list of items', 'Item 1, '.repeat(20000)],
  ['a long list of rules', 'Rules 3-05 and '.repeat(20000)],
  ['repeated C&DI tails', 'Question 102.10 of the '.repeat(5000)],
  ['paragraph markers only', '(a)'.repeat(50000)],
  ['a long list of ASC paragraphs', 'ASC 606-10-25-1 and '.repeat(20000)],
  ['a regime far away', 'Item 303' + ' '.repeat(100000) + 'of Regulation S-K'],
])('hostile input finishes: %s', (_name, text) => {
  const cites = findCitations(text);
  for (const c of cites) {
    expect(c.span.start).toBeGreaterThanOrEqual(0);
    expect(c.span.end).toBeLessThanOrEqual(text.length);
  }
});

test('many bare "Article N" with no Regulation S-X finish, and none is read as an S-X article', () => {
  const text = 'The Company notes Article 5 of the agreement. '.repeat(20000);
  expect(findCitations(text).filter((c) => /S-X/.test(c.canonical))).toEqual([]);
});

test('a bare "Article 5" is an S-X article when "S-X" was named less than 3,000 characters before it, not far before', () => {
  const cite = (gap: number) => {
    const text = `Rule 5-02 of Regulation S-X applies.${' '.repeat(gap)}See Article 5.`;
    const at = text.indexOf('Article 5');
    // How far "S-X" starts before "Article".
    const distance = at - text.indexOf('S-X');
    return { distance, sx: findCitations(text).some((c) => c.span.start === at && /S-X/.test(c.canonical)) };
  };
  const near = cite(2900);
  expect(near.distance).toBeLessThan(3000);
  expect(near.sx).toBe(true);
  const edge = cite(2900 + (2999 - near.distance));
  expect(edge).toEqual({ distance: 2999, sx: true });
  expect(cite(10000).sx).toBe(false);
});
