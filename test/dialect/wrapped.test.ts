// A response letter as a PDF gives it: every paragraph hard-wrapped at one width. Each line of a paragraph is then
// short, may start with a capital or a number, and ends without punctuation — what a caption, a numbered comment or a
// running header looks like in a letter whose paragraphs are one line each. The reader and the commitment detector
// must read the wrapped letter as they read the same letter unwrapped (test/letters/robustness.test.ts measures it
// on the labelled letters).
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../server/src/core/dialect/parse';
import { detectCommitments } from '../../server/src/core/commitments/commitment';

const LETTER = `Acme Corp.
100 Main Street
Springfield, Illinois

March 1, 2024

Division of Corporation Finance
Office of Manufacturing
Securities and Exchange Commission

Re: Acme Corp.
Form 10-K for the Fiscal Year Ended December 31, 2023

Dear Ms. Smith:

1. Please tell us how you determined the useful lives of your equipment
and revise your disclosure to describe the factors you considered, in
particular the wear of each class of asset and its planned replacement.

RESPONSE:

In future filings, including the Report on Form 10-K for the year ended
November 30, 2024, Acme will describe these factors in the section on
critical accounting estimates and caption the line item “total
depreciation.” The useful lives are reviewed every year, considering
the wear of each class of asset and the planned replacement schedule.

2. We note the discussion of your segment results on pages 77 and
79. Please reconcile the segment measure to consolidated net income and
tell us why the measure excludes restructuring costs in each period.

Response: We respectfully advise the Staff that the segment measure is
the one our chief operating decision maker uses. We will add the
reconciliation to the segment note, as described in the answer to Item
1. Business, in our next Quarterly Report on Form 10-Q for the quarter
ended March 31, 2024, in the same format as our annual segment table.

3. Please tell us whether the reserve rollforward will be expanded.

Response: In response to the Staff's comment, we have enhanced the notes.
New table - Total claims and claims expense incurred and paid

We plan to add a new table below the rollforward of the reserve for
property and casualty insurance claims to supplement the development
tables with the components of the current period total incurred.

Sincerely,

/s/ Jane Doe
Chief Financial Officer
`;

describe('a wrapped plain letter', () => {
  const letter = parseLetter(LETTER);
  const commitments = detectCommitments(letter);
  const found = (words: string) => commitments.find((c) => c.sentence.replace(/\s+/g, ' ').includes(words));

  it('reads its comments and responses as the unwrapped letter has them', () => {
    expect(letter.comments.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(letter.responses.map((r) => r.number)).toEqual([1, 2, 3]);
  });

  it('takes no full-width line that runs on into the next for a caption ("... for the year" / "ended ...")', () => {
    const at = LETTER.indexOf('In future filings, including');
    expect(letter.captions.some((c) => c.span.start <= at && at < c.span.end)).toBe(false);
    expect(found('Acme will describe these factors')?.comment).toBe(1);
  });

  it('reads "Item" / "1. Business" as one sentence, not a list item', () => {
    const c = found('We will add the reconciliation to the segment note');
    expect(c?.comment).toBe(2);
    expect(c?.sentence.replace(/\s+/g, ' ')).toContain('Item 1. Business, in our next Quarterly Report');
  });

  it('takes no wrapped line for a running header when healing a sentence across a paragraph break', () => {
    expect(found('We plan to add a new table below the rollforward')?.comment).toBe(3);
  });
});

describe('a wrapped number list', () => {
  it('does not take "on pages 77 and" / "79." for a comment number alone on its line', () => {
    const text = `1. Please expand the discussion of the meetings.\n\nIn response to the Staff's comment, we have revised the disclosure on pages 77 and\n79.\n\n2. We notice that the materials you filed cite lower costs. Please advise.\n\nIn response to the Staff's comment, we have added the discussion on page 80.\n`;
    const letter = parseLetter(text);
    expect(letter.comments.map((c) => c.number)).toEqual([1, 2]);
    expect(letter.responses.map((r) => r.number)).toEqual([1, 2]);
  });
});
