import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/core/check';

const LETTER = (before: string) => `---
company: Example Corp
---

${before}
> **1.** Please quantify each factor you cite.

> **2.** Please describe your segments.

**Response:**

The Company has one segment.
`;

const missing = (text: string) => analyze(text).findings.filter((f) => f.rule === 'missing-response').map((f) => f.message);

describe('suppression comments', () => {
  it('reports without a suppression', () => {
    expect(missing(LETTER(''))).toEqual(['Comment 1 has no response']);
  });
  it('disable-next-line silences the named rule on the next non-blank line', () => {
    expect(missing(LETTER('<!-- corresp-disable-next-line missing-response -- answered by phone on 3/4 -->\n'))).toEqual([]);
  });
  it('disable-next-line for another rule does not silence this one', () => {
    expect(missing(LETTER('<!-- corresp-disable-next-line empty-response -- reason -->\n'))).toEqual(['Comment 1 has no response']);
  });
  it('disable … enable silences a region', () => {
    const text = LETTER('<!-- corresp-disable missing-response -- withdrawn by the staff -->\n').replace('> **2.**', '<!-- corresp-enable missing-response -->\n\n> **2.**');
    expect(missing(text)).toEqual([]);
    const after = text.replace('**Response:**\n\nThe Company has one segment.\n', '');
    expect(missing(after)).toEqual(['Comment 2 has no response']);
  });
  it('a disable with no rule silences every rule', () => {
    expect(analyze(LETTER('<!-- corresp-disable -->\n')).findings).toEqual([]);
  });
  it('survives in the parsed model with its reason', () => {
    const s = analyze(LETTER('<!-- corresp-disable-next-line missing-response -- answered by phone -->\n')).letter.suppressions;
    expect(s).toEqual([expect.objectContaining({ kind: 'next-line', rules: ['missing-response'], reason: 'answered by phone' })]);
  });
});
