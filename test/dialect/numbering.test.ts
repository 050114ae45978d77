// Comment numbers as Word's list numbering writes them: "1)" as well as "1.", on the comment's line or alone above it
// as a PDF's text gives it (test/letters/transformations.ts measures it on the labelled letters). A response's own
// enumeration in the same style stays part of the response.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../server/src/core/dialect/parse';
import { detectCommitments } from '../../server/src/core/commitments/commitment';

const letter = (n: '.' | ')') => `Dear Ms. Roe:

We respond below to the comments of the Staff. The Staff's comments are repeated in bold, followed by our responses.

1${n} Please tell us how you recognize revenue for service contracts.

Response: The Company recognizes revenue in two ways:
1${n} The Company recognizes subscription fees ratably over the term.
2${n} The Company recognizes installation fees when the work is done.
In future filings, we will expand our disclosure of these policies.

2${n}

Please tell us how you identified your operating segments.

Response: Our chief operating decision maker reviews results in three ways:
1${n} by product line;
2${n} by region; and
3${n} by customer size.
We respectfully advise the Staff that our segments follow the first.

Sincerely,
Jane Roe
`;

const staffLetter = (n: '.' | ')') => `March 3, 2025
Jane Roe
Example Widgets Inc.
Re: Example Widgets Inc.
Form 10-K for the Fiscal Year Ended December 31, 2024
Dear Ms. Roe:
We have reviewed your filing and have the following comments.
Form 10-K for the Fiscal Year Ended December 31, 2024
General
1${n} In your letter to us dated July 20, 2015, you discussed contacts with Syria. Please
describe to us the nature and extent of any past, current, and anticipated contacts.
Revenue, page 40
2${n}

We note your disclosure about service revenue. Please revise it to say when the
service is transferred.
We remind you that the company and its management are responsible for the accuracy
and adequacy of their disclosures.
Sincerely,
Division of Corporation Finance
`;

describe('comment numbers written "1)"', () => {
  it('reads a staff letter’s comments as it reads "1."', () => {
    expect(parseLetter(staffLetter('.')).comments.map((c) => c.number)).toEqual([1, 2]);
    expect(parseLetter(staffLetter(')')).comments.map((c) => c.number)).toEqual([1, 2]);
  });

  it('keeps a comment\u2019s own list numbered "1)" inside the comment', () => {
    const items = '2. Please tell us:\n1) How you determine the transaction price;\n2) Why you allocate it to one performance obligation; and\n3) When you recognize the fees.\n';
    const read = parseLetter(staffLetter('.').replace('Revenue, page 40\n', `${items}Revenue, page 40\n`).replace(/^2\.$/m, '3.'));
    expect(read.comments.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(read.comments[1].text).toContain('When you recognize the fees.');
  });

  it('reads them as it reads "1.", and a response\u2019s own list as the response\u2019s', () => {
    for (const style of ['.', ')'] as const) {
      const read = parseLetter(letter(style));
      expect(read.comments.map((c) => c.number), style).toEqual([1, 2]);
      expect(read.responses.map((r) => r.number), style).toEqual([1, 2]);
      expect(detectCommitments(read).map((c) => c.comment), style).toEqual([1]);
    }
  });

  it('reads the example letter the same with its comments numbered "1)"', () => {
    const example = fs.readFileSync(path.join(__dirname, '..', '..', 'examples', '21vianet-2017-08-30.corresp.md'), 'utf8');
    const parenthesised = example.replace(/^> \*\*(\d+)\.\*\*/gm, '> **$1)**');
    expect(parenthesised).not.toBe(example);
    expect(parseLetter(parenthesised).comments.map((c) => c.number)).toEqual(parseLetter(example).comments.map((c) => c.number));
  });
});
