// The forms real letters use, one case each: the parser must read them all the same way.
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../server/src/core/dialect/parse';

const COMMENT = 'We note your disclosure of adjusted EBITDA. Please reconcile it to net income.';
const ANSWER = 'The Company respectfully advises the Staff that it will do so.';

function numbers(text: string) {
  const l = parseLetter(text);
  return { comments: l.comments.map((c) => c.number), responses: l.responses.map((r) => r.number), styles: l.responses.map((r) => r.labelStyle) };
}

describe('response labels', () => {
  it.each([
    ['Response:', 'response'],
    ['Response', 'response'],
    ['**Response:**', 'response'],
    ['RESPONSE:', 'response'],
    ['Response 1:', 'response-n'],
    ['Response to Comment 1:', 'response-n'],
    ['Response to Staff Comment No. 1:', 'response-n'],
    ['Company Response 1:', 'company-response'],
    ['Acme Response:', 'company-response'],
    ["Management's Response:", 'company-response'],
    ['CATERPILLAR RESPONSE:', 'company-response'],
  ])('%s', (label, style) => {
    const r = numbers(`1. ${COMMENT}\n\n${label}\n\n${ANSWER}\n`);
    expect(r.comments).toEqual([1]);
    expect(r.responses).toEqual([1]);
    expect(r.styles).toEqual([style]);
  });

  it('reads a label with the answer on the same line', () => {
    const l = parseLetter(`1. ${COMMENT}\n\nResponse: ${ANSWER}\n`);
    expect(l.responses[0].text).toBe(ANSWER);
  });

  it('does not take prose that begins with "Response" for a label', () => {
    const l = parseLetter(`1. ${COMMENT}\n\nResponse:\n\n${ANSWER}\n\nResponse rates to the survey were high.\n`);
    expect(l.responses).toHaveLength(1);
    expect(l.responses[0].text).toMatch(/survey were high/);
  });
});

describe('comment forms', () => {
  it.each([
    ['numbered paragraph', `1. ${COMMENT}`],
    ['no space after the number', `1.${COMMENT}`],
    ['number alone on its line', `1.\n\n${COMMENT}`],
    ['stray list marker', `- 1. ${COMMENT}`],
    ['blockquote with bold number', `> **1.** ${COMMENT}`],
    ['bold comment', `**1. ${COMMENT}**`],
    ['italic bold comment', `***1. ${COMMENT}***`],
    ['Comment heading', `Comment 1\n\n${COMMENT}`],
    ['SEC Comment label', `SEC Comment 1: ${COMMENT}`],
    ['markdown heading', `## Comment 1\n\n${COMMENT}`],
    ['unnumbered Comment label', `Comment: ${COMMENT}`],
  ])('%s', (_name, comment) => {
    const r = numbers(`${comment}\n\nResponse:\n\n${ANSWER}\n`);
    expect(r.comments).toEqual([1]);
    expect(r.responses).toEqual([1]);
  });

  it('keeps a numbered list inside a response out of the comments', () => {
    const text = `1. ${COMMENT}\n\nResponse:\n\nThe Company notes:\n\n1. First reason.\n\n2. Second reason.\n\n3. Third reason.\n\n2. Please describe your segments.\n\nResponse:\n\n${ANSWER}\n`;
    expect(numbers(text)).toMatchObject({ comments: [1, 2], responses: [1, 2] });
  });

  it('reads bullets (•, -, U+F0B7) inside a comment', () => {
    const l = parseLetter(`1. Please tell us:\n\u2022 how you define GMV;\n\uF0B7 whether it includes returns; and\n- how it reconciles.\n\nResponse:\n\n${ANSWER}\n`);
    expect(l.comments[0].bullets).toEqual(['how you define GMV;', 'whether it includes returns; and', 'how it reconciles.']);
  });

  it('drops running page headers inside a comment', () => {
    const text = `Dear Mr. Smith:\n\nGeneral\n1. We note your disclosure of adjusted EBITDA. Please\n\nJohn Smith\nExample Corp\nJanuary 5, 2016\nPage 2\nreconcile it to net income.\n2. Please describe your segments.\n`;
    const l = parseLetter(text);
    expect(l.comments.map((c) => c.number)).toEqual([1, 2]);
    expect(l.comments[0].text).toBe('We note your disclosure of adjusted EBITDA. Please reconcile it to net income.');
    expect(l.comments[0].captions).toEqual(['General']);
  });

  it('drops the staff template leftovers', () => {
    const text = `1. We note your disclosure. Please\n FirstName LastNameJane  Roe \n Comapany NameExample Delivery Inc \n March 12, 2020 Page 2 \n FirstName LastName\nexplain it.\n`;
    const l = parseLetter(text);
    expect(l.comments[0].text).toBe('We note your disclosure. Please explain it.');
  });

  it('reads a letter without labels, where the answer follows the bold comment', () => {
    const text = `We are responding to your letter dated May 22, 2017. Our responses follow each comment.\n\n1.\n\n${COMMENT}\n\n${ANSWER}\n\nMore of the answer.\n\n2.\n\nPlease describe your segments.\n\nWe have one segment.\n`;
    const l = parseLetter(text);
    expect(l.comments.map((c) => c.number)).toEqual([1, 2]);
    expect(l.responses.map((r) => [r.number, r.labelStyle])).toEqual([
      [1, 'unlabelled'],
      [2, 'unlabelled'],
    ]);
    expect(l.responses[0].text).toBe(`${ANSWER} More of the answer.`);
  });
});

describe('never throws', () => {
  it.each([
    ['empty', ''],
    ['only front matter', '---\ncompany: X\n---\n'],
    ['unclosed front matter', '---\ncompany: X\n'],
    ['NUL bytes', '1. We\u0000 note\u0000\n\nResponse:\n\n\u0000'],
    ['CRLF', `1. ${COMMENT}\r\n\r\nResponse:\r\n\r\n${ANSWER}\r\n`],
    ['lone CR', `1. ${COMMENT}\r\rResponse:\r\r${ANSWER}\r`],
    ['huge line', 'x'.repeat(200_000)],
    ['deep quotes', '>'.repeat(5000) + ' 1. Hello'],
  ])('%s', (_n, text) => {
    const l = parseLetter(text);
    for (const c of l.comments) expect(c.span.end).toBeLessThanOrEqual(text.length);
    for (const r of l.responses) expect(r.span.end).toBeLessThanOrEqual(text.length);
  });

  it('reads CRLF letters like LF letters', () => {
    const lf = `1. ${COMMENT}\n\nResponse:\n\n${ANSWER}\n`;
    expect(numbers(lf.replace(/\n/g, '\r\n'))).toEqual(numbers(lf));
  });
});

describe('letters as firms write them', () => {
  it('reads Comment N / Response N headings with the comment repeated under them', () => {
    const text = `Comment 1\n\n${COMMENT}\n\nResponse 1\n\n${ANSWER}\n\nComment 2\n\nPlease describe your segments.\n\nResponse 2\n\nWe have one segment.\n`;
    expect(numbers(text)).toEqual({ comments: [1, 2], responses: [1, 2], styles: ['response-n', 'response-n'] });
  });

  it('keeps a heading inside proposed disclosure text from ending the response', () => {
    const text = `1. ${COMMENT}\n\nResponse:\n\nWe propose the following disclosure:\n\nCritical Accounting Estimates\n\n1. Revenue recognition. We recognise revenue when control passes.\n\n2. Goodwill. We test goodwill annually.\n\n2. Please describe your segments.\n\nResponse:\n\n${ANSWER}\n`;
    const l = parseLetter(text);
    expect(l.comments.map((c) => c.number)).toEqual([1, 2]);
    expect(l.responses.map((r) => r.number)).toEqual([1, 2]);
    expect(l.responses[0].text).toMatch(/Critical Accounting Estimates 1\. Revenue recognition.*Goodwill\. We test goodwill annually\.$/);
    expect(l.captions).toEqual([]);
  });

  it('drops "Securities and Exchange Commission / date / Page 2" running headers in a response', () => {
    const text = `1. ${COMMENT}\n\nResponse:\n\nThe Company advises the Staff that the\n\nSecurities and Exchange Commission\nAugust 12, 2016\nPage 2\n\nreconciliation will be presented.\n`;
    const l = parseLetter(text);
    expect(l.responses[0].text).toBe('The Company advises the Staff that the reconciliation will be presented.');
  });

  it('reads "(1)" and "1)" lists in responses as text', () => {
    const text = `1. ${COMMENT}\n\nResponse:\n\nThe Company notes that (1) the amounts are small and\n1) the trend is stable.\n\n2. Please describe your segments.\n\nResponse:\n\n${ANSWER}\n`;
    expect(numbers(text)).toMatchObject({ comments: [1, 2], responses: [1, 2] });
  });

  it('keeps a multi-paragraph staff comment whole', () => {
    const text = `1. ${COMMENT}\n\nAlternatively, if true, disclose that no reporting unit is at risk.\n\nResponse:\n\n${ANSWER}\n`;
    const l = parseLetter(text);
    expect(l.comments[0].text).toBe(`${COMMENT} Alternatively, if true, disclose that no reporting unit is at risk.`);
  });
});

describe('details real letters showed', () => {
  it('keeps the whole first line of a comment even when its opening words repeat later on the line', () => {
    const l = parseLetter('3. Please tell us more. Please tell us more about the segments.\n\nResponse:\n\nDone.\n');
    expect(l.comments[0].text).toBe('Please tell us more. Please tell us more about the segments.');
  });

  it('reads lettered sub-captions ("b. Revenue Recognition, page F-7") in plain letters', () => {
    const text = 'Dear Mr. Farrell:\n\nNote 2. Summary of Significant Accounting Policies\nb. Revenue Recognition, page F-7\n1. You disclose that you provide discounts.\n';
    const l = parseLetter(text);
    expect(l.comments[0].captions).toEqual(['Note 2. Summary of Significant Accounting Policies', 'b. Revenue Recognition, page F-7']);
    expect(l.comments[0].pageRef).toBe('F-7');
  });

  it("takes a staff letter's own date as the staff letter date", () => {
    const text = 'January 5, 2016\n\nRe: Example Corp\n10-K for the Fiscal Year Ended December 31, 2015\nFiled February 1, 2016\nFile No. 001-12345\n\nDear Mr. Smith:\n\nWe have reviewed your filing. We note your response letter dated December 28, 2015.\n\n1. Please explain.\n';
    const f = parseLetter(text).facts;
    expect(f.staffLetterDate).toBe('2016-01-05');
    expect(f.responseDate).toBeUndefined();
    expect(f.filing).toBe('10-K for the Fiscal Year Ended December 31, 2015');
  });
});

describe('run-on text (pasted without line breaks)', () => {
  it('finds each next comment that opens in the staff voice, and not note or item numbers', () => {
    const filler = 'We have reviewed your filing and have the following comments. '.repeat(20);
    const text = `May 6, 2019 Re: Example Corp Form 10-K ${filler} Notes to Financial Statements Note 2. Revenue Recognition, page 55 1. We note your disclosure of revenue. Refer to ASC 606-10-50-17 and 19. 2. Additionally, please disclose the timing. Item 7. Liquidity 3. Please quantify the effect. Sincerely, Division of Corporation Finance`;
    const l = parseLetter(text);
    expect(l.comments.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(l.comments[0].text).toMatch(/^We note your disclosure of revenue\. Refer to ASC 606-10-50-17 and 19\.$/);
    expect(text.slice(l.comments[1].span.start, l.comments[1].span.start + 3)).toBe('2. ');
  });

  it('cuts a run-on page before each response label written after a sentence (an HTML page converted to one line)', () => {
    const intro = 'Acme plc 1 Main Street Dublin 2 Ireland May 15, 2024 Dear Ms. Doe: We respond to the comments of your letter dated April 17, 2024, restated below. ';
    const answer = 'The Company respectfully acknowledges the Staff\u2019s comment and advises that the drivers were the impairment of goodwill and changes in state tax rates. '.repeat(4);
    const text =
      intro +
      `1. Please expand your discussion of the income tax expense variances. Response: ${answer}We will enhance our disclosures in Note 10 of the Fiscal 2024 Form 10-K. ` +
      `2. Please disclose your accounting policy for the release of tax effects. Response: ${answer}We will disclose the policy in future filings. ` +
      'Sincerely, /s/ John Roe';
    const l = parseLetter(text);
    expect(l.comments.map((c) => c.number)).toEqual([1, 2]);
    expect(l.responses.map((r) => r.number)).toEqual([1, 2]);
    expect(l.responses.map((r) => text.slice(r.labelSpan.start, r.labelSpan.end).trim())).toEqual(['Response:', 'Response:']);
    expect(l.comments[1].text).toBe('Please disclose your accounting policy for the release of tax effects.');
  });

  it('says so when a long text without line breaks holds no comment it can read', () => {
    const l = parseLetter('Dear Sir: ' + 'This is a long paragraph with no numbered comments. '.repeat(40));
    expect(l.problems.map((p) => p.message)).toEqual([expect.stringMatching(/almost no line breaks/)]);
  });
});

it('ends a same-line label at the label, even when the answer repeats its opening words', () => {
  const text = `1. ${COMMENT}\n\nResponse: The Company notes that the Company notes that “X” applies.\n`;
  const r = parseLetter(text).responses[0];
  expect(text.slice(r.labelSpan.start, r.labelSpan.end).trim()).toBe('Response:');
  expect(r.text).toBe('The Company notes that the Company notes that “X” applies.');
});
