// The explicit reader (server/src/core/dialect/reader/): the error kinds of issue 12, one letter each, and the
// explanations of a few tricky letters pinned so that a change of weights that flips them is seen.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLetter, readExplained } from '../../server/src/core/dialect/parse';
import { explainLetter } from '../../server/src/core/dialect/reader/explain';
import { countVoice, voiceScore } from '../../server/src/core/dialect/reader/features';
import { healParagraphs, healedResponse } from '../../server/src/core/dialect/heal';
import { analyze } from '../../server/src/core/check';
import { ROOT } from '../helpers/letters';

const numbers = (text: string) => {
  const l = parseLetter(text);
  return { comments: l.comments.map((c) => c.number), responses: l.responses.map((r) => r.number) };
};
const labels = (text: string) => {
  const r = readExplained(text);
  return r.blocks.map((b, k) => `${r.rows[b.first].line.text.slice(0, 24).trim()} → ${r.decisions[k].label}${r.decisions[k].number !== undefined ? `(${r.decisions[k].number})` : ''}`);
};

// "1." alone on its line, then "Comment:", then "Response:" — one comment, not two (the numbers used to shift).
const NUMBER_ALONE_THEN_COMMENT = `Dear Ms. Doe:

We respond below to the Staff's comments.

1.

Comment: We note your disclosure of adjusted EBITDA. Please tell us how you reconcile it.

Response: The Company respectfully advises the Staff that the reconciliation appears on page 40.

2.

Comment: Please revise your risk factors to describe the supply constraints.

Response: The Company will revise the risk factor in its next Form 10-Q.

Sincerely,

/s/ Jane Roe
`;

// A staff letter whose caption holds a numbered section heading ("3. Revenue from Contracts with Customers").
const SECTION_HEADING_IN_CAPTION = `Dear Mr. Smith:

We have reviewed your filing and have the following comments.

Form 10-K for the Fiscal Year Ended December 31, 2022
Notes to Consolidated Financial Statements
3. Revenue from Contracts with Customers, page F-12

1. We note that you recognize revenue over time. Please tell us how you measure progress.

2. Please revise your disclosure to quantify the remaining performance obligations.

We remind you that the company and its management are responsible for the accuracy of their disclosures.
`;

// A response with no "Response" label: the restated comment lost its bold in conversion, the answer opens
// "The Company respectfully advises …".
const NO_LABEL = `Dear Ms. Doe:

Set forth below are the Company's responses to the Staff's comments.

1. We note your disclosure of adjusted EBITDA. Please tell us why you exclude restructuring costs.

The Company respectfully advises the Staff that restructuring costs are not expected to recur.

2. Please expand your discussion of liquidity to address the covenant waiver.

In response to the Staff's comment, the Company will expand its liquidity discussion in future filings.

Please contact me with any questions.
`;

// Converted PDF text: a restated comment and its answer cut by a running header and a page number.
const PAGE_BREAK = [
  'Dear Ms. Doe:',
  '',
  'Our responses follow each comment, which we restate in italics.',
  '',
  '1. We note your disclosure of adjusted EBITDA. Please tell us how you',
  'reconcile it to net income and why you exclude',
  '',
  '- 2 -',
  '\fAcme Corp. Response to Staff Comments',
  '',
  'restructuring costs.',
  '',
  'Response:',
  '',
  'The Company will include the reconciliation in',
  '',
  '- 3 -',
  '\fAcme Corp. Response to Staff Comments',
  '',
  'its Form 10-K for the year ending December 31, 2024.',
  '',
  '2. Please revise your risk factors.',
  '',
  'Response:',
  '',
  'The Company will revise them.',
  '',
  '- 4 -',
  '\fAcme Corp. Response to Staff Comments',
  '',
  'Sincerely,',
  '',
].join('\n');

describe('the error kinds of issue 12', () => {
  it('"1." alone, then "Comment:", then "Response:" is one comment and one response', () => {
    expect(numbers(NUMBER_ALONE_THEN_COMMENT)).toEqual({ comments: [1, 2], responses: [1, 2] });
  });

  it('a numbered section heading inside a caption is a caption, not comment 3', () => {
    const l = parseLetter(SECTION_HEADING_IN_CAPTION);
    expect(l.comments.map((c) => c.number)).toEqual([1, 2]);
    expect(l.comments[0].captions).toContain('3. Revenue from Contracts with Customers, page F-12');
  });

  it('an answer without a label is read by its voice', () => {
    expect(numbers(NO_LABEL)).toEqual({ comments: [1, 2], responses: [1, 2] });
    const l = parseLetter(NO_LABEL);
    expect(l.responses[0].text).toMatch(/^The Company respectfully advises/);
    expect(l.responses[1].labelStyle).toBe('unlabelled');
  });

  it('a comment and an answer cut by a running header and a page number stay whole', () => {
    const l = parseLetter(PAGE_BREAK);
    expect(l.comments.map((c) => c.number)).toEqual([1, 2]);
    expect(l.responses.map((r) => r.number)).toEqual([1, 2]);
    expect(l.comments[0].text).toMatch(/why you exclude restructuring costs\.$/);
    expect(l.comments[0].text).not.toMatch(/Acme Corp/);
    expect(l.responses[0].text).not.toMatch(/Acme Corp|- 3 -/);
  });

  it('restated comments without numbers, in a letter that labels its answers, are read in order', () => {
    const text = `Dear Ms. Doe:

Each Staff comment is restated below, followed by the Company's response.

Form 10-K for Fiscal Year Ended April 30, 2022

It is not clear how your disclosure explains the change in operating cash flows. Please revise.

Response:

The Company will enhance its disclosure in future filings.

Consolidated Statements of Income, page 35

Please explain to us what footnote (a) represents.

Response:

The Company will remove the footnote.

Sincerely,
`;
    expect(numbers(text)).toEqual({ comments: [1, 2], responses: [1, 2] });
    const l = parseLetter(text);
    expect(l.comments[0].style).toBe('unnumbered');
    expect(l.comments[0].numberSpan.start).toBe(l.comments[0].numberSpan.end);
    expect(l.comments[1].captions).toEqual(['Consolidated Statements of Income, page 35']);
  });

  it('a staff bullet restated between parts of the answer stays inside that answer', () => {
    const text = `Dear Ms. Doe:

Our responses follow each comment.

1. You present more than one profit measure for each segment.

Tell us which of the two measures is your measure of segment profit.

We define the segment measure as underwriting income, as noted on page 143.

Provide us proposed footnote disclosure that presents only that measure.

Please see the proposed disclosure below. We will provide the reconciliation in future filings.

2. Please represent to us that you will present the measure with equal prominence.

We will do so in future earnings releases.
`;
    const l = parseLetter(text);
    expect(l.comments.map((c) => c.number)).toEqual([1, 2]);
    expect(l.responses.map((r) => r.number)).toEqual([1, 2]);
    expect(l.responses[0].text).toMatch(/We will provide the reconciliation in future filings\.$/);
  });

  it('"* * *" inside an answer (text left out of proposed disclosure) does not end the letter when a comment follows', () => {
    const text = `Dear Ms. Doe:

1. Please state the capacity of your smelter.

Response:

The Company will comply with this comment in future filings. The revised disclosure would read:

* * *

The Company also intends to revise the paragraph under "Refining" as follows.

Mineral Reserves, page 34

2. Please disclose the price assumptions.

Response:

The Company will disclose them.

* * *

Sincerely,
`;
    const l = parseLetter(text);
    expect(l.comments.map((c) => c.number)).toEqual([1, 2]);
    expect(l.responses.map((r) => r.number)).toEqual([1, 2]);
    expect(l.responses[0].text).toMatch(/intends to revise the paragraph/);
    expect(l.closingStart).toBe(text.lastIndexOf('* * *'));
  });

  it('numbered paragraphs in the company voice (an acceleration request) are no comments', () => {
    const text = `Ladies and Gentlemen:

In connection with the Registration Statement on Form S-4, the Registrants make the following representations.

1.The Registrants have not entered into any arrangement with any person to distribute the securities.

2.No broker-dealer has entered into any arrangement with the Registrants to participate in the exchange offer.

We request that we be notified of such effectiveness by telephone.

Very truly yours,
`;
    expect(numbers(text)).toEqual({ comments: [], responses: [] });
  });

  it('a numbered list inside an answer (numbers alone on their lines) stays in the answer: its items are no comments', () => {
    const text = `Dear Ms. Doe:

1.

We note that you recognize revenue net. Please tell us how you evaluated the promised services.

The Company respectfully advises the Staff that its services are one performance obligation. They consist of:

1.

Authorization and settlement of the transaction.

2.

Routing the transaction to the bank.

3.

Sending and receiving transaction information.

4.

Fraud screening of the payment.

5.

Fund settlement to the seller.

2.

Your disclosure indicates that fees are recognized at settlement. Please tell us why.

The Company respectfully advises the Staff that settlement occurs on the same day.

Sincerely,
`;
    expect(numbers(text)).toEqual({ comments: [1, 2], responses: [1, 2] });
  });

  it('a numbered list after a line of the answer that ends with a colon stays in the answer, though nothing went back', () => {
    const text = `Dear Ms. Doe:

The following is our response to the comment in your letter.

We note your response to our prior comment. Please tell us why the awards are equity.

Response

The awards are equity. They do not meet any of the conditions described below:

1.

An award indexed to something other than a market condition. The units are not so indexed.

2.

An award that meets the criteria of ASC 480. The units do not meet them.

We will continue to disclose the terms of the units in future filings.

Sincerely,
`;
    expect(numbers(text)).toEqual({ comments: [], responses: [1] });
    expect(parseLetter(text).responses[0].text).toContain('We will continue to disclose');
    // Without the lead-in, the first numbered paragraph is read as comment 1, as before.
    expect(numbers(text.replace('described below:', 'described in the plan.')).comments).toEqual([1, 2]);
  });

  it('numbered headings of the company\'s own answer, bold or italic, in a letter that restates its comment without a number are no comments', () => {
    const text = `Dear Mr. Roe:

The following is in response to the comment set forth in your letter. Your comment is copied below with our response following.

We have reviewed your response to prior comment 2. Please tell us how you considered the guidance.

The vast majority of our sales are to dealers, and we considered the guidance carefully in our response.

*1.*

*Monthly Sales Reporting Primarily Reflects Sales By Our Dealers*

Monthly sales reporting is comprised of our dealers' sales. We will include a table in our MD&A.

*2.*

*We Highlight Trends During Our Earnings Calls Every Quarter*

Consistent with our earnings calls, we present revenue by segment.

Sincerely,
`;
    expect(numbers(text)).toEqual({ comments: [], responses: [] });
    // The same numbers with the staff's own text after them are comments.
    expect(numbers(text.replace('*Monthly Sales Reporting Primarily Reflects Sales By Our Dealers*', '*Please tell us how you considered your monthly sales reports.*')).comments).toContain(1);
  });

  it('a bold number alone on its line (EDGAR HTML converted) is no sign of the markdown dialect: an unlabelled answer is accepted', () => {
    const text = `Dear Ms. Doe:

**1.**
**Please revise future filings to name your significant customers.**

Company Response:

The Company will name them in future filings.

**2.**
**We note the mediation. Please provide us with more information.**

The Company acknowledges the Staff's comment and is supplementally providing the requested information.

Very truly yours,
`;
    expect(parseLetter(text).flavour).toBe('plain');
    expect(numbers(text)).toEqual({ comments: [1, 2], responses: [1, 2] });
    // "**1.** Please revise …" on one line is the dialect's way of writing a comment: markdown, where the missing label
    // stays a missing response.
    const dialect = text.replace('**1.**\n**Please', '**1.** **Please').replace('**2.**\n**We note', '**2.** **We note');
    expect(parseLetter(dialect).flavour).toBe('markdown');
    expect(numbers(dialect).responses).toEqual([1]);
  });

  it('a signature ends the last answer: a long italic appendix after it is neither the comment nor the answer', () => {
    const appendix = Array.from({ length: 60 }, (_, i) => `*Segment revenue ${i} is measured on a constant currency basis in the table shown below.*`).join('\n\n');
    const text = `Dear Ms. Doe:

**1. Please tell us how you present your non-GAAP revenue.**

**Response:**

The Company will revise its presentation as set out in Appendix A.

**2. Please expand your discussion of foreign currency.**

**Response:**

The Company will disclose the impact of foreign currency in future filings.

Sincerely,

/s/ John Roe

Appendix A

${appendix}
`;
    expect(numbers(text)).toEqual({ comments: [1, 2], responses: [1, 2] });
    const letter = parseLetter(text);
    expect(letter.responses[1].text).not.toContain('/s/');
    expect(letter.closingStart).toBe(text.indexOf('Sincerely'));
  });

  it('a page of an HTML letter on one line is cut before its response labels and the items of a list restarted at 1', () => {
    const page = (s: string) => s + ' ' + 'The Company also notes that the amounts are presented consistently with prior periods. '.repeat(12);
    const text = [
      page('Acme plc 1 Main Street London Re: Acme plc Form 10-K Ladies and Gentlemen: Acme plc is submitting this letter in response to the comment letter of the staff. 1. Please expand your discussion of income tax expense variances. Response: The Company respectfully acknowledges the Staff’s comment.'),
      page('2. Please provide us with a quantified analysis of the pre-tax income attributable to Ireland. Response: The Company respectfully acknowledges the Staff’s comment. The following provides additional detail. 1. Consolidated revenues from operations in Ireland totaled $74.5 million. 2. Commercial operating entities in Ireland generated $16.3 million of pre-tax income. 3. Holding companies in Ireland generated none of the consolidated revenue from operations.'),
      'If you have any questions, please contact me. Sincerely, /s/ Jane Roe',
    ].join('\n\n');
    expect(numbers(text)).toEqual({ comments: [1, 2], responses: [1, 2] });
    const second = parseLetter(text).responses[1];
    expect(second.text).toContain('3. Holding companies in Ireland');
  });

  it('a plain letter that repeats the previous number after its answer is read as the next comment, and the duplicate is still reported', () => {
    const text = `Dear Ms. Doe:

Form 10-K for the Fiscal Year Ended December 31, 2015

1. We note your non-GAAP operating expenses. Please reconcile them for us.

The Company respectfully advises the Staff that the reconciliation follows.

Form 10-Q for the Fiscal Quarter Ended March 31, 2016

1. You disclose that other intangible assets were provisional. Please tell us when you will finalize them.

The Company respectfully advises the Staff that it expects to finalize them in the third quarter.

Sincerely,
`;
    expect(numbers(text)).toEqual({ comments: [1, 2], responses: [1, 2] });
    const letter = parseLetter(text);
    expect(letter.comments[1].written).toBe(1);
    const found = analyze(text).findings.filter((f) => f.rule === 'duplicate-comment-number');
    expect(found.map((f) => f.message)).toEqual(['Comment number 1 is used twice']);
    expect(text.slice(found[0].span.start, found[0].span.end)).toBe('1.');
    // In the dialect the writer's numbers are the letter's: no renumbering there.
    const md = text.replace(/^1\. /gm, '> **1.** ').replace(/^The Company/gm, '**Response:**\n\nThe Company');
    expect(numbers(md).comments).toEqual([1, 1]);
  });

  it('a supplemental letter that restates nothing and names one comment answers that comment, from the paragraph naming it', () => {
    const text = `Dear Mr. Spitz:

We are providing this letter following our call with the staff related to Question 3 in your letter dated March 16, 2023. The Company will change its balance sheet presentation beginning with its next Form 10-Q.

The proposed disclosure follows.

Please do not hesitate to contact me if you have any questions.

Sincerely,
`;
    expect(numbers(text)).toEqual({ comments: [], responses: [3] });
    expect(parseLetter(text).responses[0].text).toContain('The Company will change its balance sheet presentation');
    // Two comments named, or a letter that labels its answers: no guess.
    expect(numbers(text.replace('Question 3', 'Questions 2 and 3')).responses).toEqual([]);
    expect(numbers(text.replace('Question 3 in', 'Question 3 and comment 4 in')).responses).toEqual([]);
  });

  it('a bare "Response" under no comment read answers the one comment the letter names, else the next comment (plain letters only)', () => {
    const text = `Dear Ms. Doe:

We submit this response to the comment of the Staff contained in your letter dated May 1, 2023.

The Company's revenue recognition for extended warranties is at the point of sale under our policy described in Note 2.

Response

The Company respectfully advises the Staff that it will revise the presentation in future filings.

Sincerely,
`;
    expect(numbers(text)).toEqual({ comments: [], responses: [1] });
    expect(numbers(text.replace('to the comment of the Staff', 'to comment 3 of the Staff'))).toEqual({ comments: [], responses: [3] });
    // The dialect keeps such a response unnumbered, for orphan-response to report.
    expect(numbers('# Form 10-K\n\n' + text.replace('Response\n', '**Response:**\n')).responses).toEqual([undefined]);
  });
});

describe('page furniture', () => {
  it('drops running headers repeated on every page, and confidential-treatment legends', () => {
    const r = readExplained(PAGE_BREAK);
    const dropped = r.rows.filter((x) => x.furniture).map((x) => `${x.line.text.trim()} (${x.furniture})`);
    expect(dropped).toEqual([
      '- 2 - (page number or template leftover)',
      'Acme Corp. Response to Staff Comments (running header or footer (3× in the letter))',
      '- 3 - (page number or template leftover)',
      'Acme Corp. Response to Staff Comments (running header or footer (3× in the letter))',
      '- 4 - (page number or template leftover)',
      'Acme Corp. Response to Staff Comments (running header or footer (3× in the letter))',
    ]);
    // Table cells repeated across a proposed table are not headers: they are not at page breaks.
    const table = ['Dear Ms. Doe:', '', '1. Please provide a table.', '', 'Response:', '', 'The Company will present:', '', ...Array.from({ length: 3 }, (_, i) => [`Copper ${i}`, '(billion lbs.)', `Gold ${i}`, '(million ozs.)', '']).flat(), '- 2 -', '', '- 3 -', ''].join('\n');
    const t = parseLetter(table);
    expect(t.responses[0].text.match(/\(billion lbs\.\)/g)).toHaveLength(3);
    const legend = parseLetter('Dear Ms. Doe:\n\n1. Please tell us more.\n\nConfidential Treatment Requested by Acme Corp.\n\nResponse:\n\nThe Company will.\n');
    expect(legend.responses[0].text).toBe('The Company will.');
    expect(legend.comments[0].text).toBe('Please tell us more.');
  });
});

describe('healed sentences (the contract with the commitment detector)', () => {
  it('joins a sentence cut by a page break and maps offsets back to the letter', () => {
    const l = parseLetter(PAGE_BREAK);
    const healed = healedResponse(l, l.responses[0]);
    expect(healed).toHaveLength(1);
    expect(healed[0].text.replace(/\s+/g, ' ')).toBe('The Company will include the reconciliation in its Form 10-K for the year ending December 31, 2024.');
    const at = healed[0].text.indexOf('its Form 10-K');
    expect(PAGE_BREAK.slice(healed[0].toOriginal(at), healed[0].toOriginal(at) + 13)).toBe('its Form 10-K');
    expect(healed[0].toOriginal(healed[0].text.length)).toBe(healed[0].pieces[1].end);
    expect(healed[0].pieces).toHaveLength(2);
  });

  it('keeps paragraphs apart when the first ends its sentence or the next starts a new one', () => {
    const text = 'We will expand it.\n\nthe rest\n\nWe will do so in\n\nThe Next Paragraph';
    const spans = [
      { start: 0, end: 18 },
      { start: 20, end: 28 },
      { start: 30, end: 46 },
      { start: 48, end: 66 },
    ];
    expect(healParagraphs(text, spans).map((h) => h.text)).toEqual(['We will expand it.', 'the rest', 'We will do so in', 'The Next Paragraph']);
    expect(healParagraphs(text, [spans[2], { start: 20, end: 28 }]).map((h) => h.text)).toEqual(['We will do so in the rest']);
    expect(healParagraphs(text, [])).toEqual([]);
  });
});

describe('voice', () => {
  it('is normalised by length: the same cues count less in a long block', () => {
    const staff = countVoice('Please tell us how you measure progress and revise your disclosure.');
    const company = countVoice('The Company respectfully advises the Staff that we will revise our disclosure.');
    expect(voiceScore(staff.staff, staff.company, staff.words)).toBeGreaterThan(0.5);
    expect(voiceScore(company.staff, company.company, company.words)).toBeLessThan(-0.5);
    expect(Math.abs(voiceScore(1, 0, 400))).toBeLessThan(voiceScore(1, 0, 10));
  });

  it('"we note that you" is the staff; "we note the Staff\'s comment" is the company', () => {
    const a = countVoice('We note that you present adjusted EBITDA.');
    const b = countVoice("We note the Staff's comment and will revise.");
    expect(a.staff).toBeGreaterThan(a.company);
    expect(b.company).toBeGreaterThan(b.staff);
  });
});

describe('corresp explain', () => {
  it('pins the reading of "1." alone, "Comment:", "Response:"', () => {
    expect(labels(NUMBER_ALONE_THEN_COMMENT)).toEqual([
      'Dear Ms. Doe: → preamble',
      'We respond below to the → preamble',
      '1. → commentStart(1)',
      'Comment: We note your di → commentCont',
      'Response: The Company re → responseLabel',
      '2. → commentStart(2)',
      'Comment: Please revise y → commentCont',
      'Response: The Company wi → responseLabel',
      'Sincerely, → closing',
      '/s/ Jane Roe → closing',
    ]);
    const out = explainLetter(NUMBER_ALONE_THEN_COMMENT);
    expect(out).toContain('line 7  commentCont  +4.2  "Comment: We note your disclosure of adjusted EBITDA. Please…"\n  because afterNumberAlone +3.0, voice 0.8 +1.2\n');
    expect(out).toContain('\n  not commentStart(2) -2.3: afterNumberAlone -8.0, commentWord +1.5, opensInStaffVoice +1.5, voice 0.8 +1.2, base +1.0\n');
  });

  it('pins the reading of a numbered section heading inside a caption', () => {
    expect(labels(SECTION_HEADING_IN_CAPTION)).toEqual([
      'Dear Mr. Smith: → preamble',
      'We have reviewed your fi → preamble',
      'Form 10-K for the Fiscal → caption',
      'Notes to Consolidated Fi → caption',
      '3. Revenue from Contract → caption',
      '1. We note that you reco → commentStart(1)',
      '2. Please revise your di → commentStart(2)',
      'We remind you that the c → closing',
    ]);
    const out = explainLetter(SECTION_HEADING_IN_CAPTION);
    expect(out).toContain(
      'line 7  caption  +1.5  "3. Revenue from Contracts with Customers, page F-12"\n  because titleLike +1.5\n  not commentStart(3) -4.0: noStaffCue -2.0, titleLike -2.0, numbering 0→3 -1.0, base +1.0\n',
    );
  });

  it('pins the reading of an answer without a label', () => {
    expect(labels(NO_LABEL)).toEqual([
      'Dear Ms. Doe: → preamble',
      'Set forth below are the → preamble',
      '1. We note your disclosu → commentStart(1)',
      'The Company respectfully → responseCont(1)',
      '2. Please expand your di → commentStart(2)',
      "In response to the Staff → responseCont(2)",
      'Please contact me with a → closing',
    ]);
    expect(explainLetter(NO_LABEL)).toContain(
      'line 7  responseCont  +3.6  "The Company respectfully advises the Staff that restructuri…"\n  because opensAsAnswer +1.5, voice -0.75 +1.1, unlabelledAnswer +1.0\n  not commentCont -2.6: opensAsAnswer -1.5, voice -0.75 -1.1\n',
    );
  });

  it('pins a real letter: a numbered list inside an answer stays in the answer (sbux, test/data/real-letters)', () => {
    const text = fs.readFileSync(path.join(ROOT, 'test', 'data', 'real-letters', 'sbux-0001193125-19-149610.txt'), 'utf8');
    const out = explainLetter(text);
    // "1." alone goes back inside the answer to comment 1, so it opens the answer's own list; "2." after it continues
    // that list (and its text, read with the number, has no staff cue), while the real comment 2 follows later.
    // The line before "1." ends with a colon: a comment there also pays listAfterLeadIn.
    expect(out).toContain('line 57  responseCont  +0.0  "1."\n  because no feature\n  not commentAgain -3.5: restatedWithLabels -3.0, base -0.5\n  not commentStart(1) -6.0: numbering 1→1 -4.0, listAfterLeadIn -3.0, noStaffCue -2.0, numberAlone +1.0, base +1.0\n');
    expect(out).toContain('line 61  responseCont  +0.0  "2."\n  because no feature\n  not commentStart(2) -2.0: continues list 1→2 -3.0, noStaffCue -2.0, numberAlone +1.0, paraStart +1.0, base +1.0\n');
    expect(out).toContain('line 89  commentStart(2)  +3.8  "2."\n  because numberAlone +1.0, paraStart +1.0, voice 0.5 +0.8, base +1.0\n');
    expect(parseLetter(text).comments.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('runs from the command line and documents itself', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-explain-'));
    const file = path.join(dir, 'letter.txt');
    fs.writeFileSync(file, NO_LABEL);
    const cli = path.join(ROOT, 'server', 'out', 'cli.js');
    const r = spawnSync(process.execPath, [cli, 'explain', file], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(explainLetter(NO_LABEL));
    expect(r.stdout.split('\n')[0]).toBe('letter: flavour plain, answersFollow; 7 blocks, 2 comments, 2 responses');
    const help = spawnSync(process.execPath, [cli, 'explain', '--help'], { encoding: 'utf8' });
    expect(help.stdout).toMatch(/docs\/explain\.md/);
    expect(spawnSync(process.execPath, [cli, 'explain'], { encoding: 'utf8' }).status).toBe(2);
  });

  it('lists the text read for commitments outside every response, last', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corresp-explain-'));
    const file = path.join(dir, 'letter.txt');
    const text = 'Re: Acme Inc.\nFile No. 001-00000\n\nDear Ms. Doe:\n\nAs requested, we confirm that we will revise our disclosures in future proxy statements.\n\nVery truly yours,\n\n/s/ John Roe\n\nAppendix A\n\nWe will present the table as follows:\n';
    fs.writeFileSync(file, text);
    const r = spawnSync(process.execPath, [path.join(ROOT, 'server', 'out', 'cli.js'), 'explain', file], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith(explainLetter(text))).toBe(true);
    expect(r.stdout.slice(explainLetter(text).length)).toBe(
      '\nline 6–6  read for commitments  (no comment and no response found: the body, salutation to sign-off, answers a comment it does not name)\n' +
        'line 14–14  read for commitments  (an appendix after the signature, answering a comment it does not name)\n',
    );
  });
});
