import { describe, expect, it as vitestIt } from 'vitest';
import { analyze } from '../../server/src/core/check';
import { EXAMPLE, read, SEED, SHARED_MARK, SHARED_PRESENT } from '../helpers/letters';

const STRUCTURAL = new Set(['missing-response', 'empty-response', 'duplicate-comment-number', 'comment-number-gap', 'comment-number-order', 'orphan-response', 'letter-syntax']);

describe.each([
  [`the seed letter as plain text ${SHARED_MARK}`, SEED, SHARED_PRESENT],
  ['the seed letter in the canonical dialect', EXAMPLE, true],
])('%s', (_name, file, present) => {
  const text = present ? read(file) : '';
  const result = analyze(text);
  const it = present ? vitestIt : vitestIt.skip;

  it('has comments 1–5 and responses 1–5', () => {
    expect(result.letter.comments.map((c) => c.number)).toEqual([1, 2, 3, 4, 5]);
    expect(result.letter.responses.map((r) => r.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('has no structural findings', () => {
    expect(result.findings.filter((f) => STRUCTURAL.has(f.rule))).toEqual([]);
  });

  it('reads captions, page references and prior-comment references', () => {
    const c5 = result.letter.comments[4];
    expect(c5.captions).toEqual(['Item 5. Operating and Financial Review and Prospects', 'Critical Accounting Policies', 'Goodwill, page 84']);
    expect(c5.pageRef).toBe('84');
    expect(c5.bullets).toHaveLength(3);
    expect(c5.bullets[1]).toMatch(/^How the key assumptions were determined/);
    expect(result.letter.comments[2].captions.at(-1)).toBe('Discussion of Non-GAAP Financial Measures, page 5');
    expect(result.letter.comments[0].priorCommentRefs.map((r) => r.number)).toEqual([1]);
    expect(result.letter.comments[3].priorCommentRefs.map((r) => r.number)).toEqual([3]);
  });

  it('keeps the closing out of the last response', () => {
    const last = result.letter.responses[4];
    expect(last.text).toMatch(/include the above necessary disclosures\.$/);
    expect(last.text).not.toMatch(/Very truly yours|additional questions/);
  });

  it('reads the letter facts', () => {
    expect(result.letter.facts.company).toBe('21Vianet Group, Inc.');
    expect(result.letter.facts.staffLetterDate).toBe('2017-08-16');
    expect(result.letter.facts.fileNumber).toBe('001-35126');
  });

  it.each([1, 2, 3, 4, 5])('deleting response %i gives exactly one missing-response, for that comment', (n) => {
    const r = result.letter.responses.find((x) => x.number === n)!;
    const cut = text.slice(0, r.span.start) + text.slice(r.span.end);
    const after = analyze(cut);
    const missing = after.findings.filter((f) => f.rule === 'missing-response');
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toMatch(new RegExp(`^Comment ${n}\\b.*has no response$`));
    expect(after.findings.filter((f) => STRUCTURAL.has(f.rule) && f.rule !== 'missing-response')).toEqual([]);
  });
});

vitestIt('names the comment by its caption in the message', () => {
  const text = read(EXAMPLE);
  const r = analyze(text).letter.responses.find((x) => x.number === 4)!;
  const after = analyze(text.slice(0, r.span.start) + text.slice(r.span.end));
  expect(after.findings.find((f) => f.rule === 'missing-response')?.message).toBe('Comment 4 (Discussion of Non-GAAP Financial Measures, page 5) has no response');
});
