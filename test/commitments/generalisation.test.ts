// The kinds of sentence the detector must generalise to (issue 12): intention and undertaking verbs, passive and
// conditional promises, several promises per paragraph, sentences broken by a page break; and the kinds it must rule
// out: quoted standards, quoted risk factors and proposed text, hypothetical consequences, accounting methods.
import { describe, expect, test } from 'vitest';
import { analyseSentence, describeVerdict, detectInText, judgeSentence } from '../../server/src/core/commitments/detect';
import { scanSentences } from '../../server/src/core/commitments/sentences';
import { parseLetter } from '../../server/src/core/dialect/parse';
import { detectCommitments, NO_RESPONSE } from '../../server/src/core/commitments/commitment';

const one = (s: string) => analyseSentence(s, { start: 0, end: s.length });

describe('promises beyond "will <verb>"', () => {
  const cases: Array<[string, string]> = [
    ['The Company advises the Staff of its intention to revise the disclosure in its next Annual Report on Form 10-K.', 'future-filing'],
    ['We plan to expand our discussion of liquidity in future filings.', 'future-filing'],
    ['The Company undertakes to file the agreement as an exhibit to its next Quarterly Report on Form 10-Q.', 'future-filing'],
    ['It is our intention to present the GAAP measure first in our future earnings releases.', 'future-filing'],
    ['The revised disclosure will be reflected in our Annual Report on Form 10-K for the fiscal year ending December 31, 2024.', 'future-filing'],
    ['The revised audit report will be included in an amendment to the Registration Statement.', 'amendment'],
    ['The impact of the hedges will instead be included as an adjustment in the reconciliation in future filings.', 'future-filing'],
    ['In future filings, when disclosing segment results, we will link the discussion to the measures our chief operating decision maker uses.', 'future-filing'],
    ['To the extent material, we will disclose the amount of such charges in future filings.', 'future-filing'],
    ['Going forward, we expect to present this measure only after the most directly comparable GAAP measure.', 'future-filing'],
    ['Beginning with our Form 10-Q for the quarter ending March 31, 2025, Acme will tie the segment table to consolidated revenue.', 'future-filing'],
    ['We will continue to monitor these costs and will disclose the amounts in future filings if they become significant.', 'future-filing'],
    // An aside between the modal and the verb, directly after the modal's comma.
    ['We will, in future quarterly and annual reports, revise our disclosure to discuss the drivers of the change.', 'future-filing'],
    ['The Company will, to the extent material, disclose such amounts in its future filings.', 'future-filing'],
    ['We will instead reference these charges as "items affecting comparability" or other similar terminology.', 'future-filing'],
    // The promise in a verb coordinated with a hedge or with "monitor".
    ['We will continue to monitor and revise future filings as appropriate to the extent such costs become material.', 'future-filing'],
    ['In future earnings releases, we will consider and address the comments above, as appropriate, in our presentation.', 'future-filing'],
    // Intention as a frame announcing the text, passives with pronoun or negated subjects.
    ['The disclosure will be as follows:', 'future-filing'],
    ['Set forth below is an illustrative example of the Company\'s proposed disclosure in future filings.', 'future-filing'],
    ['In future filings, they will be preceded by the most directly comparable GAAP measure.', 'future-filing'],
    ['Nevertheless, in future filings, investments in short-term U.S. Treasury Bills will not be shown under a heading with cash and cash equivalents.', 'future-filing'],
    ['Our revised disclosure would read as follows:', 'future-filing'],
    ['Non-GAAP measures will be preceded by the most directly comparable GAAP measure.', 'future-filing'],
    ['These enhancements will provide readers with additional information regarding key drivers of fluctuations in income taxes.', 'future-filing'],
    // Intention as a noun frame, the act nominalised after "continue"; a passive limit on data presented.
    ['Accordingly, it is our intention to continue presentation of segment results on a combined basis.', 'continuing'],
    ['Therefore, data for the smaller lines will be limited to no more than two years.', 'other-future'],
  ];
  for (const [sentence, kind] of cases) {
    test(sentence.slice(0, 80), () => {
      const f = one(sentence);
      expect(f?.type, JSON.stringify(judgeSentence(sentence).evidence.features)).toBe('commitment');
      expect(f?.kind).toBe(kind);
    });
  }
});

describe('future-sounding sentences that promise nothing', () => {
  const none = [
    'ASC 280-10-50-1 states that a public entity shall identify its operating segments based on how the chief operating decision maker allocates resources.',
    'The guidance provides that such gains will be presented in other income and are expected to be infrequent.',
    'If the receivable is not collected, the difference will be reflected as an adjustment to the purchase price.',
    'We will recognize revenue when control of the goods transfers to the customer.',
    'Our risk factor states: "We will need additional capital to fund our operations and we will disclose any shortfall."',
    'The Company expects that the transaction will close in the second quarter.',
    'Please tell us whether you will revise your disclosure in future filings.',
    'The disclosure on page 74 summarizes the opinions (i.e., the Mergers will qualify as a reorganization within the meaning of Section 368(a) of the Code).',
    'While the timing is uncertain, we expect that we will recognize deferred revenues in excess of expenses in the future.',
    'The Company will provide the Staff with any additional information the Staff may require.',
    'If the Staff believes additional disclosure would be useful, we are prepared to provide more detail in future filings.',
    'The new organization will continue to include centralized functions that will provide support across the groups.',
    // Third parties' future acts, forecasts and soft words.
    'Our Board of Directors will amend the bylaws to remove the provision.',
    'Prior to the public disclosure of the results, the Federal Reserve will provide the bank holding company with the results of its supervisory stress test.',
    'Over the next five years the Company expects to make significant investments in information technology as it implements new systems.',
    'However, we will make every effort to provide our response to you sooner.',
    'We will consider whether to expand and clarify the disclosure in future filings.',
    'As a result of the Transaction, the consolidated financial statements of New Holdings will generally reflect its interest in the partnership.',
    '\u2022 Provide us proposed draft footnote disclosure to be included in future periodic reports that presents only that measure.',
    // Intentions reported (announced elsewhere, an indirect question) or given as the reason for a present practice,
    // and a belief about what a document will achieve.
    'We also announced our plan to expand our retail network by opening stores in new markets.',
    'At the investor day, our CEO provided information about how we plan to allocate capital and expand our disclosure of new products.',
    'Acme disclosed its intention to restate its financial statements for 2019.',
    'We deduct the minority share because we intend to show only the amount attributable to our interests.',
    'We believe the additional disclosure will clarify the relationship between the two measures.',
  ];
  for (const s of none) test(s.slice(0, 80), () => expect(one(s)?.type, JSON.stringify(judgeSentence(s).evidence.features)).not.toBe('commitment'));
});

describe('paragraphs and page breaks', () => {
  test('every promise of a paragraph is found', () => {
    const text =
      'In future filings, we will revise the segment note to show the measure. We also intend to expand the MD&A discussion of margins in our next Form 10-K. ' +
      'In addition, the reconciliation will be presented after the GAAP measure in future earnings releases.';
    expect(detectInText(text).filter((f) => f.type === 'commitment')).toHaveLength(3);
  });

  test('a sentence broken by a running header and a page number is read whole', () => {
    const text =
      'We note the comment. In response, the Company will expand its disclosure of the\n\nSecurities and Exchange Commission\n\nJune 5, 2020\n\nPage 3\n\nfactors considered in the impairment test in future filings.\n\nThe Company believes this is responsive.';
    const found = detectInText(text);
    expect(found).toHaveLength(1);
    expect(found[0].sentence).toBe('In response, the Company will expand its disclosure of the factors considered in the impairment test in future filings.');
    expect(text.slice(found[0].span.start, found[0].span.end)).toMatch(/^In response.*future filings\.$/s);
  });

  test('an open ending continued in capitals after a page number is healed', () => {
    const spans: string[] = [];
    const text = 'Beginning with the Company\'s\n\n7\n\nAnnual Report on Form 10-K for the fiscal year ending December 31, 2025, we will disclose the rate.';
    scanSentences(text, 0, text.length, (s) => spans.push(s.text.replace(/\s+/g, ' ')));
    expect(spans).toEqual(["Beginning with the Company's Annual Report on Form 10-K for the fiscal year ending December 31, 2025, we will disclose the rate."]);
  });

  test('a reference ending in a capital ends its sentence ("SAB Topic 1:N.")', () => {
    const text = 'The analysis was prepared in accordance with SAB Topic 1:M and 1:N. The Company will provide the analysis to the Staff.';
    expect(detectInText(text).map((f) => f.sentence)).toEqual(['The Company will provide the analysis to the Staff.']);
  });

  test('a form name broken by a page number is healed', () => {
    const text = 'Beginning with our Annual Report on Form\n\n3\n\n10-K for the fiscal year ending December 31, 2025, we will present the table.';
    const [f] = detectInText(text);
    expect(f.sentence).toBe('Beginning with our Annual Report on Form 10-K for the fiscal year ending December 31, 2025, we will present the table.');
    expect(f.target).toBe('Annual Report on Form 10-K for the fiscal year ending December 31, 2025');
  });

  test('a heading after a finished sentence is not joined to it', () => {
    const spans: string[] = [];
    const text = 'We will revise the note in future filings.\n\nGoodwill, page 45\n\nthe staff asked about goodwill.';
    scanSentences(text, 0, text.length, (s) => spans.push(s.text));
    expect(spans[0]).toBe('We will revise the note in future filings.');
  });

  test('text announced by a lead-in is proposed disclosure, not a promise to the staff', () => {
    const text =
      'We will revise the risk factor in future filings as follows:\n\nWe will need additional financing to complete the plant, and we will record impairment charges if the plant is delayed.\n\nThe Staff is advised that we will also update the table in future filings.';
    const found = detectInText(text).filter((f) => f.type === 'commitment').map((f) => f.sentence);
    expect(found).toEqual(['We will revise the risk factor in future filings as follows:', 'The Staff is advised that we will also update the table in future filings.']);
  });

  test('a lead-in ending with a full stop also announces the text that follows its paragraph', () => {
    const text =
      'We propose to revise the disclosure in future filings as follows (new language underlined).\n\nThe Company will recognize the remaining deferred revenue over the next two years and will record an impairment charge if the carrying value of the asset exceeds its fair value.\n\nIn addition, we respectfully advise the Staff that we will update the segment table in future filings.';
    expect(detectInText(text).filter((f) => f.type === 'commitment').map((f) => f.sentence)).toEqual([
      'We propose to revise the disclosure in future filings as follows (new language underlined).',
      'In addition, we respectfully advise the Staff that we will update the segment table in future filings.',
    ]);
  });

  test('a promise of the company\'s own ends the announced text, even "we will continue to disclose"', () => {
    const text =
      'The awards do not meet any of the conditions, described below:\n\n1.\n\nAn award indexed to another factor. The units are not indexed.\n\nWe will continue to disclose that the units are equity. To the extent material, we will expand our disclosures in the MD&A.';
    expect(detectInText(text).filter((f) => f.type === 'commitment').map((f) => f.sentence)).toEqual([
      'We will continue to disclose that the units are equity.',
      'To the extent material, we will expand our disclosures in the MD&A.',
    ]);
  });

  test('"the following years" at the end of a paragraph announces no text', () => {
    const text =
      'The first year covers most losses, while the following years are representative of the payment of other losses.\n\nAccordingly, it is our intention to continue presentation of the table on a combined basis.';
    expect(detectInText(text).filter((f) => f.type === 'commitment').map((f) => f.sentence)).toEqual(['Accordingly, it is our intention to continue presentation of the table on a combined basis.']);
  });

  test('through the parser: a response broken by a page break keeps its promise', () => {
    const letter = parseLetter(
      '> **1.** Please expand your disclosure.\n\n**Response:**\n\nThe Company respectfully advises the Staff that it will expand its disclosure of the\n\n2\n\nassumptions used in future filings.\n',
    );
    expect(detectCommitments(letter).map((c) => c.sentence)).toEqual([
      'The Company respectfully advises the Staff that it will expand its disclosure of the assumptions used in future filings.',
    ]);
  });
});

describe('answers outside every response segment', () => {
  test('a response letter answering everything in one paragraph is read from salutation to sign-off', () => {
    const letter = parseLetter(
      'Acme Inc.\n\nRe: Acme Inc.\nDefinitive Proxy Statement\nFile No. 001-00000\n\nDear Ms. Doe:\n\nThe purpose of this letter is to respond to the letter dated August 9, 2024. As requested, we confirm that we will revise our Pay Versus Performance disclosures in future proxy statements.\n\nShould you have any questions, please contact the undersigned.\n\nVery truly yours,\n\n/s/ John Roe\n\nWe will revise this line, which is after the signature.\n',
    );
    expect(letter.responses).toHaveLength(0);
    const found = detectCommitments(letter);
    expect(found.map((c) => [c.comment, c.response, c.sentence])).toEqual([
      [undefined, NO_RESPONSE, 'As requested, we confirm that we will revise our Pay Versus Performance disclosures in future proxy statements.'],
    ]);
  });

  test('a response letter that restates an unnumbered follow-up comment ("We have reviewed your response") is read from its body', () => {
    const text =
      'Dear Mr. Roe:\n\nThe following is in response to the comment set forth in your letter dated November 7, 2017.\n\nWe have reviewed your response to our prior comment. Please tell us how you considered ASC 606-10-55-90.\n\nThe Company considered the guidance. Beginning with our 2017 Form 10-K, we will include a table of unit sales in our MD&A.\n\nSincerely,\n\n/s/ John Roe\n';
    const letter = parseLetter(text);
    expect(letter.responses).toHaveLength(0);
    expect(detectCommitments(letter).map((c) => c.sentence)).toEqual(['Beginning with our 2017 Form 10-K, we will include a table of unit sales in our MD&A.']);
    // The staff's own letter opens with its review: never read as an answer.
    expect(detectCommitments(parseLetter(text.replace('The following is in response to the comment set forth in your letter dated November 7, 2017.\n\n', '')))).toEqual([]);
  });

  test('a staff letter is never read as an answer', () => {
    for (const opening of ['We have reviewed your filing.', 'We have completed our review of your filing.', 'This is to advise you that we have not reviewed and will not review your registration statement.']) {
      const letter = parseLetter(`Dear Mr. Roe:\n\n${opening} We will revise our procedures and include the comment in future filings.\n\nSincerely,\n\nDivision of Corporation Finance\n`);
      expect(detectCommitments(letter), opening).toEqual([]);
    }
  });

  test('an appendix after the signature is read; the rest of the signature block is not', () => {
    const letter = parseLetter(
      '1. Please revise the reserves table.\n\nResponse: The Company has considered the comment.\n\nSincerely,\n\n/s/ John Roe\nChief Financial Officer\n\nWe will file this letter today.\n\nAppendix A\n\nAs discussed in the response to comment one, it intends to make the following revisions to certain tables in future Form 10-K filings:\n',
    );
    expect(letter.responses.map((r) => r.number)).toEqual([1]);
    expect(detectCommitments(letter).map((c) => [c.comment, c.sentence])).toEqual([
      [undefined, 'As discussed in the response to comment one, it intends to make the following revisions to certain tables in future Form 10-K filings:'],
    ]);
  });
});

describe('explaining a verdict', () => {
  test('names every feature that fired with its grammar weight', () => {
    const v = judgeSentence('In future filings, we will revise the segment note.', undefined, 'grammar');
    expect(describeVerdict(v, 'grammar')).toBe(
      'commitment 3.25: strongVerb +2.5, companySubject +1, futureDocument +1.5, disclosureObject +1, futureTime +0.5, bias -3.25',
    );
  });
});
