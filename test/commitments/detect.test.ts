// Sentence-level behaviour of the detector, one phrasing per line.
import { describe, expect, test } from 'vitest';
import { analyseSentence, detectInText } from '../../server/src/core/commitments/detect';

const one = (s: string) => analyseSentence(s, { start: 0, end: s.length });

/** One test per sentence: it is a commitment of this kind, with these extracted fields. */
function expectCommitments(cases: readonly (readonly [string, string, Record<string, unknown>?])[]): void {
  for (const [sentence, kind, extra] of cases) {
    test(sentence.slice(0, 70), () => {
      const f = one(sentence);
      expect(f?.type).toBe('commitment');
      expect(f?.kind).toBe(kind);
      if (extra) expect(f).toMatchObject(extra);
    });
  }
}

describe('commitment forms', () => {
  const cases: Array<[string, string, Partial<{ target: string; place: string; proposedText: boolean }>?]> = [
    ['In future filings, we will revise our disclosure to include a reconciliation of net income to operating income after taxes.', 'future-filing'],
    ['Beginning with our Form 10-Q for the quarter ending March 31, 2024, we will revise our disclosure to present the GAAP measure first.', 'future-filing', { target: 'Form 10-Q for the quarter ending March 31, 2024' }],
    ['Beginning with the Company\u2019s Annual Report on Form 10-K for the fiscal year ending December 31, 2024, the Company undertakes to revise the disclosure as follows:', 'future-filing', { target: 'Annual Report on Form 10-K for the fiscal year ending December 31, 2024', proposedText: true }],
    ['The Company undertakes to update the financial statements to comply with Rule 3-12.', 'future-filing'],
    ['The Company also intends to update the Business section in its future annual reports on Form 10-K.', 'future-filing', { place: 'Business section' }],
    ['The Company will continue to provide such disclosures in its future earnings releases.', 'continuing'],
    ['The Company will file an amendment to its Form 10-K to include the revised audit report.', 'amendment'],
    ['We will file Amendment No. 2 to the Registration Statement to reflect the revised disclosure.', 'amendment', { target: 'Amendment No. 2 to the Registration Statement' }],
    ['The Company will account for this accordingly in the future period once the impairment assessment has been completed.', 'other-future'],
    ['We will include this information in our next earnings release.', 'future-filing', { target: 'next earnings release' }],
    ['We will disclose the GAAP effective tax rate in our second quarter earnings release.', 'future-filing', { target: 'second quarter earnings release' }],
    ['In future filings, we will replace the last sentence in Note 2 "Summary of Significant Accounting Policies" to read as follows:', 'future-filing', { place: 'Note 2 "Summary of Significant Accounting Policies"', proposedText: true }],
    ['Going forward, the Company will present the comparable GAAP measure with equal or greater prominence.', 'future-filing'],
    ['We will enhance our disclosures within the "Liquidity and Capital Resources" section of MD&A beginning in fiscal 2025.', 'future-filing', { target: 'fiscal 2025' }],
  ];
  expectCommitments(cases);
});

describe('not commitments', () => {
  const none = [
    'Please revise future filings to include a reconciliation to the most directly comparable GAAP measure.',
    'Confirm that you will disclose this information in future filings.',
    'Indicate how you plan to provide disclosures in your future filings that address these events.',
    'The total purchase price will be paid by the Company in cash upon the closing of the transaction.',
    'The Company anticipates that its GAAP effective tax rate will decrease in 2016.',
    'The Company intends to indefinitely reinvest a majority of its 2016 foreign earnings.',
    'We have revised the disclosure on page 41 of Amendment No. 1.',
    'Historically, our estimated inventory losses have been materially accurate and we expect that trend to continue.',
  ];
  for (const s of none) test(s.slice(0, 70), () => expect(one(s)).toBeUndefined());
});

describe('hedges', () => {
  test('"will consider" and "will evaluate" promise nothing', () => {
    expect(one('We will consider expanding this disclosure in future filings.')?.type).toBe('hedge');
    expect(one('We will evaluate our critical accounting estimate disclosures in future filings to determine whether more is needed.')?.type).toBe('hedge');
    expect(one('In future filings, every effort will be made to present disclosures consistently.')?.type).toBe('hedge');
  });
  test('soft words on a real promise are listed', () => {
    expect(one('In future filings, the Company will enhance its disclosures as appropriate.')?.hedges).toEqual(['as appropriate']);
    expect(one('We will make the disclosures in future filings to the extent material.')?.hedges).toEqual(['to the extent material']);
  });
});

describe('sentences', () => {
  test('abbreviations and headings do not split a sentence', () => {
    const text = 'As disclosed in Note 13. Income Taxes, page 79 of the Form 10-K, the U.S. rate applies. In future filings, we will disclose the rate.';
    const found = detectInText(text);
    expect(found.map((f) => f.sentence)).toEqual(['In future filings, we will disclose the rate.']);
  });
  test('a lead-in ending with a colon is its own sentence', () => {
    const text = 'We will revise the disclosure as follows:\n\nThe Company will not accrue the tax.';
    expect(detectInText(text).map((f) => f.sentence)).toEqual(['We will revise the disclosure as follows:']);
  });
  test('a word hyphenated at a line end reads as one word', () => {
    const text = 'In future fil-\nings, the Company will expand its disclo-\nsure of the segment.';
    const [f] = detectInText(text);
    expect(f?.sentence).toBe('In future filings, the Company will expand its disclosure of the segment.');
    expect(text.slice(f.span.start, f.span.end)).toBe(text);
    // A hyphen inside a line, or before a capital (non-GAAP), is the writer's.
    expect(detectInText('We will revise the non-\nGAAP reconciliation in future filings.')[0]?.sentence).toBe('We will revise the non- GAAP reconciliation in future filings.');
  });
  test('spans are offsets into the original text', () => {
    const text = 'Intro.\n\nIn future filings,\nwe will revise the note.';
    const [f] = detectInText(text);
    expect(text.slice(f.span.start, f.span.end)).toBe('In future filings,\nwe will revise the note.');
  });
});

describe('phrasings from practice (domain notes)', () => {
  const cases: Array<[string, string, Partial<{ target: string; place: string; proposedText: boolean; hedges: string[] }>?]> = [
    ['In future filings, the Company will be consistent when referring to "non-GAAP" performance measures.', 'future-filing'],
    ['The Company will update future annual reports, beginning with the Form 10-K for the fiscal year ended December 31, 2024, to exclude the metric.', 'future-filing', { target: 'Form 10-K for the fiscal year ended December 31, 2024' }],
    ["The Company's disclosure will be consistent with the example presented below (please note that this disclosure is presented for the quarter ended March 31, 2021 and will be presented similarly for all required periods in our future filings).", 'future-filing', { proposedText: true }],
    ['In future filings, beginning with its Quarterly Report on Form 10-Q for the quarter ending June 30, 2021, the Company will enhance its disclosures as appropriate within the "Liquidity and Capital Resources" section of MD&A.', 'future-filing', { target: 'Quarterly Report on Form 10-Q for the quarter ending June 30, 2021', place: '"Liquidity and Capital Resources" section, MD&A', hedges: ['as appropriate'] }],
    ['We respectfully advise the Staff that we will file an amended Form 10-K/A to include the revised report.', 'amendment', { target: 'Form 10-K/A' }],
    ['The Company will supplementally provide the Staff with a copy of the agreement.', 'other-future'],
    ['Please note that we will revise the disclosure in our next Form 10-Q.', 'future-filing', { target: 'next Form 10-Q' }],
    ['We will do so in future filings.', 'future-filing'],
  ];
  expectCommitments(cases);
});
