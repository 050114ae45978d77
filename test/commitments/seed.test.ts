// The seed letter (21Vianet, 2017): its commitments are in the responses to comments 1, 3, 4 and 5.
import { beforeAll, expect, test } from 'vitest';
import { describeShared, SEED } from '../helpers/letters';
import { parseLetter } from '../../server/src/core/dialect/parse';
import { analyseCommitments, detectCommitments } from '../../server/src/core/commitments/commitment';
import { letterText } from './labelled-set';

describeShared('seed letter: 21Vianet response of August 30, 2017', () => {
  let text = '';
  let letter: ReturnType<typeof parseLetter>;
  let found: ReturnType<typeof detectCommitments> = [];
  beforeAll(() => {
    text = letterText(SEED);
    letter = parseLetter(text);
    found = detectCommitments(letter);
  });

  test('finds exactly the five promises, in comments 1, 3, 4, 5 and 5', () => {
    expect(found.map((c) => [c.comment, c.kind, c.sentence])).toEqual([
      [1, 'future-filing', 'However, the Company will provide appropriate disclosures in future filings if there are any known trends which may have a material impact on its financial statements.'],
      [3, 'continuing', 'The Company respectfully advises the Staff that the Company has included the reconciliations with the most directly comparable GAAP measures for our segment Adjusted EBITDA in its most recent second quarter earnings release and will continue to provide such disclosures in its future earnings releases pursuant to Item 100(a) of Regulation G'],
      [4, 'continuing', 'The Company will continue to provide such disclosures in its future earnings releases pursuant to Question 102.11 of the updated Non-GAAP Compliance and Disclosure Interpretations issued on May 17, 2016.'],
      [5, 'other-future', 'The Company will account for this accordingly in the future period once the impairment assessment has been completed.'],
      [5, 'future-filing', 'The Company advises the Staff that it will include the disclosure of whether any reporting units are at risk of failing step 1 and to the extent that any reporting unit is at risk of failing step 1 of the impairment test in its future filings, include the above necessary disclosures.'],
    ]);
  });

  test('spans point at the sentences in the letter text', () => {
    for (const c of found) {
      const raw = text.slice(c.span.start, c.span.end).replace(/\s+/g, ' ');
      expect(raw.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"')).toBe(c.sentence);
    }
  });

  test('nothing is taken from the staff comments repeated in the letter', () => {
    for (const c of found) {
      for (const comment of letter.comments) {
        expect(c.span.start >= comment.span.end || c.span.end <= comment.span.start).toBe(true);
      }
    }
  });

  test('what is extracted: venues, hedges, no named filing (the seed never names one)', () => {
    expect(found.map((c) => c.venue)).toEqual(['future filings', 'future earnings releases', 'future earnings releases', 'future period', 'future filings']);
    expect(found.every((c) => c.target === undefined)).toBe(true);
    expect(found[0].hedges.length).toBeGreaterThan(0);
    expect(found[4].hedges.join(' ')).toMatch(/to the extent/);
    expect(found.map((c) => c.entry)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(analyseCommitments(letter).hedges).toEqual([]);
  });
});
