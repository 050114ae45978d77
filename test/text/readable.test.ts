// Text read as a person reads it: soft hyphens and zero-width characters inside words, and ligatures, change nothing
// the reader decides (server/src/core/text/readable.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/core/check';
import { withoutCaches } from '../../server/src/core/incremental/analysis-cache';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { readable, readableWithOffsets } from '../../server/src/core/text/readable';

const read = (text: string) => withoutCaches(() => analyze(text, DEFAULT_SETTINGS));

const LETTER = (response: string) =>
  [
    'Securities and Exchange Commission',
    '',
    '**1.** Please revise your disclosure of segment revenue.',
    '',
    response,
    '',
    '**2.** Please tell us how you test goodwill.',
    '',
    '**Response:** The Company advises the Staff that it tests goodwill annually as described in its filing.',
    '',
  ].join('\n');

describe('readable text', () => {
  it('drops invisible characters and spells out ligatures, and maps each character back', () => {
    expect(readable('wi\u200bll re\u00advise the \ufb01ling\ufeff')).toBe('will revise the filing');
    expect(readable('plain text')).toBe('plain text');
    expect(readable('We\u00a0note')).toBe('We note');
    const r = readableWithOffsets('a\u00adb\ufb03c\u00a0d');
    expect(r.text).toBe('abffic d');
    expect(r.at).toEqual([0, 2, 3, 3, 3, 4, 5, 6, 7]);
  });

  it('reads C1 control characters as the Windows-1252 quotes and dashes they stand for', () => {
    // A Word file made from a filed letter whose HTML wrote "&#147;" and "&#146;".
    expect(readable('Berkshire\u0092s \u0093total\u0094 income \u0096 net')).toBe('Berkshire\u2019s \u201Ctotal\u201D income \u2013 net');
    expect(readable('a\u0081b')).toBe('ab'); // a byte Windows-1252 leaves undefined
    const a = read(LETTER('**Response:** The Company will caption the line item \u201Ctotal comprehensive income\u201D in future filings.'));
    const b = read(LETTER('**Response:** The Company will caption the line item \u0093total comprehensive income\u0094 in future filings.'));
    expect(b.commitments.map((c) => c.sentence)).toEqual(a.commitments.map((c) => c.sentence));
    expect(b.commitments).toHaveLength(1);
  });

  it('a response label and a promise with soft hyphens and zero-width spaces read as without them', () => {
    const plain = LETTER('**Response:** The Company will revise its future filings to disclose segment revenue.');
    const marked = LETTER('**Response\u200b:** The Com\u00adpany wi\u200bll re\u00advise its fu\u00adture \ufb01lings to disclose segment revenue.');
    const a = read(plain);
    const b = read(marked);
    expect(b.letter.responses.map((r) => r.number)).toEqual(a.letter.responses.map((r) => r.number));
    expect(b.letter.responses.map((r) => r.number)).toEqual([1, 2]);
    // The body starts after the label on the label's line, in the original text.
    const body = marked.slice(b.letter.responses[0].bodySpan.start, b.letter.responses[0].bodySpan.end);
    expect(body.startsWith('The Com\u00adpany')).toBe(true);
    expect(b.commitments.map((c) => c.comment)).toEqual(a.commitments.map((c) => c.comment));
    expect(b.commitments).toHaveLength(1);
    expect(b.findings.map((f) => f.rule)).toEqual(a.findings.map((f) => f.rule));
  });

  it('a promise after a proposed table ends the table with a no-break space as with a space', () => {
    // "We will include" after announced text is the company speaking again, not more of the announced text.
    const response = (space: string) =>
      [
        '**Response:** The table, as it would have appeared in our Form 10-Q, is as follows:',
        '',
        'THIRD QUARTER 2017 SALES',
        '',
        'Truck',
        '',
        '632,357',
        '',
        `We${space}will include with the table a footnote to explain the volumes in our monthly sales report.`,
      ].join('\n');
    const plain = read(LETTER(response(' ')));
    const marked = read(LETTER(response('\u00a0')));
    expect(plain.commitments.map((c) => c.sentence)).toEqual(['We will include with the table a footnote to explain the volumes in our monthly sales report.']);
    expect(marked.commitments.map((c) => c.sentence)).toEqual(plain.commitments.map((c) => c.sentence));
  });

  it('a letter pasted without line breaks is cut before a label with a zero-width space, as before one without', () => {
    const filler = 'We note your disclosure of revenue by segment and of the measures management uses to assess performance. ';
    const oneLine = (zw: string) =>
      `Securities and Exchange Commission Re: Test Co. Form 10-K Dear Ms. Lee: We respond to your letter below. 1. ${filler.repeat(5)}Please revise. Response${zw}: The Company will revise its future filings to disclose segment revenue. 2. ${filler.repeat(5)}Please tell us how you test goodwill. Response${zw}: The Company advises the Staff that it tests goodwill annually. Very truly yours, Pat Lee`;
    expect(oneLine('').length).toBeGreaterThan(1000);
    const plain = read(oneLine(''));
    const marked = read(oneLine('\u200b'));
    expect(plain.letter.responses.map((r) => r.number)).toEqual([1, 2]);
    expect(marked.letter.responses.map((r) => r.number)).toEqual([1, 2]);
    expect(marked.commitments).toHaveLength(plain.commitments.length);
  });
});
