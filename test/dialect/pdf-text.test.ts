// Response letters as a PDF's text gives them (printed from the filed HTML and read through pdf.js; first measured
// 2026-12-08 on the 157 labelled response letters: 151 read right, now 157): no blank line between a caption, a
// "Comment No. 1" heading and the comment, and the company's own numbered headings with their title on the number's
// line.
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../server/src/core/dialect/parse';

const opening = `Ladies and Gentlemen:

The following are the responses of Example Widgets Inc. (the "Company") to the comments of the Staff dated March 3,
2025. For your convenience, the Staff's comment precedes each response in this letter.
`;

describe('a response letter as a PDF\u2019s text gives it', () => {
  it('reads "Comment No. 1" on a line of its own between a caption and the comment, with no blank line', () => {
    const text = `${opening}Form 10-K for the Fiscal Year Ended December 31, 2024
Results of Operations, page 25
Comment No. 1
*We note your discussion of other income. Please clarify the nature of the profit participation and tell us how*
*you account for it.*

The Company records profit participation income over the period in which the services are performed.

Investments in Unconsolidated Entities, page 80
Comment No. 2
*Please tell us how you assessed the investments for impairment.*

The Company considers the investments in these strategic land ventures to be recoverable.

Sincerely,
Jane Roe
`;
    const letter = parseLetter(text);
    expect(letter.comments.map((c) => c.number)).toEqual([1, 2]);
    expect(letter.responses.map((r) => r.number)).toEqual([1, 2]);
  });

  it('does not open a comment where "Comment 3." continues a sentence', () => {
    const text = `${opening}
1. Please tell us how you measure revenue.

Response: The Company measures revenue as explained in our response to
Comment 3. We will revise the note in future filings.

Sincerely,
Jane Roe
`;
    const letter = parseLetter(text);
    expect(letter.comments.map((c) => c.number)).toEqual([1]);
    expect(letter.responses.map((r) => r.number)).toEqual([1]);
  });

  it('reads a numbered title in the company\u2019s voice, in italics on the number\u2019s line, as the company\u2019s own heading', () => {
    const text = `${opening}
**Note 3, Revenue, page 10**

**We have reviewed your response to prior comment 2. Please tell us how you considered the presentation of other**
**information about your revenue when determining the disaggregated revenue categories.**

The manner in which we considered that information is best explained through the three examples you cite.

*1. Monthly Sales Reporting Primarily Reflects Sales By Our Dealers*
Monthly sales reporting is comprised of our dealers' retail sales, which do not represent our revenue.

*2. Our Strategic Update Describes Our Plans For New Sources Of Revenue*
The update described our plans; it did not report revenue.

Sincerely,
Jane Roe
`;
    const letter = parseLetter(text);
    expect(letter.comments.map((c) => c.number)).toEqual([]);
    expect(letter.responses.map((r) => r.number)).toEqual([]);
  });
});
