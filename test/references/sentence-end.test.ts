// Issue 15, loose end: a cite that ends a sentence, with the next comment's number right after it (a one-line
// conversion of a real letter puts "… ASC 280-10-50. 1. Please …" side by side). The grammar once read "50. 1" as a
// level broken by a space, and the malformed-citation quick fix then deleted the next comment's number.
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../server/src/core/references/citation';
import { analyze } from '../../server/src/core/check';
import { applyFixes } from '../../server/src/core/fixes';

describe('a cite at a sentence end is not joined to a numbered item after it', () => {
  it.each([
    ['We considered ASC 280-10-50. 1. Please revise.', 'ASC 280-10-50'],
    ['We considered ASC 280-10-50. 2 Please revise.', 'ASC 280-10-50'],
    ['We considered ASC 280-10-50. 12\nPlease revise.', 'ASC 280-10-50'],
    ['We considered ASC 280-10-50.\n1. Please revise.', 'ASC 280-10-50'],
    ['We considered ASC 280-10-50.\n\n1. Please revise.', 'ASC 280-10-50'],
    ['We considered Subtopic 606-10. 3. Please revise.', 'ASC 606-10'],
  ])('%j', (text, canonical) => {
    const cites = findCitations(text);
    expect(cites.map((c) => c.canonical)).toEqual([canonical]);
    expect(cites[0].malformed).toBeUndefined();
  });

  it('still reads a number broken by a space after a hyphen, and periods between levels', () => {
    expect(findCitations('see ASC 280-10- 50-1')[0]).toMatchObject({ canonical: 'ASC 280-10-50-1', malformed: { reason: 'a space breaks the number' } });
    expect(findCitations('see ASC 350.20.35.30.')[0]).toMatchObject({ canonical: 'ASC 350-20-35-30', malformed: { expected: 'ASC 350-20-35-30' } });
  });

  it('in a response, fixing everything keeps the numbered item after the cite', () => {
    const text = [
      '---',
      'company: Example Corp.',
      '---',
      '> **1.** Please tell us how you applied the segment guidance.',
      '',
      '**Response:**',
      '',
      'We considered the guidance in ASC 280-10-50. 1. The CODM reviews one measure. 2. It is adjusted EBITDA. See ASC 280-10-50-1.',
      '',
    ].join('\n');
    const analysis = analyze(text);
    expect(analysis.findings.filter((f) => f.rule === 'malformed-citation')).toEqual([]);
    const fixed = applyFixes(text, analysis.findings.flatMap((f) => f.fixes ?? []).filter((f) => f.preferred));
    expect(fixed).toContain('ASC 280-10-50. 1. The CODM');
  });
});
