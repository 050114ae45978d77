// Justified text, "pdftotext -layout" and typists' double spaces put two or more spaces between words. What a line is
// ("Please tell us", "Response:", "our responses follow") does not change with them, nor where a label's text starts
// (test/letters/robustness.test.ts measures it on the labelled letters).
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../server/src/core/dialect/parse';
import { detectCommitments } from '../../server/src/core/commitments/commitment';

const spaced = (s: string) => s.replace(/ /g, '  ');

describe('a letter with two spaces between words', () => {
  it('reads its labels, and a label\u2019s answer starts at its first word', () => {
    const text = spaced('1. Please tell us how you measure revenue.\n\nResponse: We will revise the revenue note in future filings.\n\n2. Please revise the segment table.\n\nResponse: The Company advises the Staff that it will do so.\n');
    const letter = parseLetter(text);
    expect(letter.comments.map((c) => c.number)).toEqual([1, 2]);
    expect(letter.responses.map((r) => r.number)).toEqual([1, 2]);
    const body = letter.responses[0].bodySpan;
    expect(text.slice(body.start, body.start + 8)).toBe('We  will');
    expect(detectCommitments(letter).map((c) => c.comment)).toEqual([1, 2]);
  });

  it('reads a letter without labels whose answers follow each comment', () => {
    const text = spaced(
      'Dear Ms. Smith:\n\nIn connection with the comments contained in your letter of April 13, 2023, our responses to the Staff\u2019s comments are set forth below. For ease of review, we have included each comment, followed by our response.\n\nForm 10-K for the fiscal year ended December 31, 2022\n\nNon-GAAP Financial Measures, page 21\n\n1.Refer to your discussion of free cash flow in your earnings releases. Please revise the title of the measure to something similar to \u201cAdjusted Free Cash Flow.\u201d\n\nThank you for your comment. As suggested by the Staff, we will revise the title of the measure in future earnings releases and filings.\n\nRevenue Recognition, page 48\n\n2.Please expand your revenue recognition policy to discuss when revenue for your products is recognized.\n\nWe appreciate the Staff\'s comment. We will expand the disclosure of our policy in our next Annual Report on Form 10-K.\n',
    );
    const letter = parseLetter(text);
    expect(letter.comments.map((c) => c.number)).toEqual([1, 2]);
    expect(letter.responses.map((r) => r.number)).toEqual([1, 2]);
  });

  it('knows an answer by its opening words between labelled ones ("The Company acknowledges the Staff\u2019s comment")', () => {
    const text = spaced(
      '1. Please revise future filings to name your significant customer.\n\nCompany Response:\n\nThe Company will name its significant customer in future filings.\n\n2. Please tell us about the mediation with your supplier and its timing.\n\nThe Company acknowledges the Staff\u2019s comment. Under separate cover, the Company is supplementally providing the requested information.\n\n3. Please revise the non-GAAP measures to remove the word non-recurring.\n\nCompany Response:\n\nThe Company will revise the measures in future filings.\n',
    );
    const letter = parseLetter(text);
    expect(letter.comments.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(letter.responses.map((r) => r.number)).toEqual([1, 2, 3]);
  });
});
