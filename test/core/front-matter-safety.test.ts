// The front matter and the register as data (issue 11, defects 1, 10 and 11): a front matter that never closes is an
// error with no fix that writes a second one; cites are never read inside it; register entries that cannot mean what
// they say are findings.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/core/check';
import { applyFixes } from '../../server/src/core/fixes';
import { readRegister } from '../../server/src/core/commitments/register';
import { EXAMPLE, read, withoutClosingFence } from '../helpers/letters';

const example = () => read(EXAMPLE);

function rules(text: string, rule: string) {
  return analyze(text).findings.filter((f) => f.rule === rule);
}

describe('a front matter that is never closed', () => {
  const text = () => withoutClosingFence(example());

  it('is a letter-syntax error on its first line', () => {
    const [f] = rules(text(), 'letter-syntax');
    expect(f).toMatchObject({ severity: 'error', span: { start: 0, end: 3 } });
    expect(f.message).toMatch(/^The front matter is never closed/);
  });

  it('leaves the register unwritable, so no fix writes a second front matter', () => {
    const analysis = analyze(text());
    expect(readRegister(analysis.letter).writable).toBe(false);
    const fixes = analysis.findings.flatMap((f) => f.fixes ?? []);
    const fixed = applyFixes(analysis.letter.text, fixes.filter((f) => f.preferred));
    expect(fixed.match(/^---$/gm)?.length ?? 0).toBe(1);
  });

  it('a horizontal rule on the first line is not a front matter', () => {
    expect(rules('---\n\n> **1.** Tell us more.\n\n**Response:**\n\nWe will.\n', 'letter-syntax')).toEqual([]);
  });
});

describe('cites are not read inside the front matter', () => {
  // After --fix fills the register: "Regulation G" on one entry line and "place: Item 3" on the next once read as
  // one cite, "Item 3 of Regulation G", which does not exist.
  const text = () =>
    example().replace(
      '    status: open\n---',
      '    status: open\n  - comment: 2\n    sentence: "reconcile to the most comparable measure under Regulation G"\n    filing: Regulation G\n    place: Item 3\n    owner: ~\n    status: open\n---',
    );

  it('no cite starts before the end of the front matter', () => {
    const analysis = analyze(text());
    const end = analysis.letter.facts.span!.end;
    expect(analysis.citations.filter((c) => c.span.start < end)).toEqual([]);
    expect(analysis.citations.length).toBeGreaterThan(0);
  });

  it('so the register raises no unknown-authority', () => {
    const end = analyze(text()).letter.facts.span!.end;
    expect(rules(text(), 'unknown-authority').filter((f) => f.span.start < end)).toEqual([]);
  });
});

describe('register entries that cannot mean what they say', () => {
  const entry = (lines: string) => example().replace('    status: open\n---', `    status: open\n  - sentence: "anything"\n${lines}\n---`);

  it.each([
    ['comment: "three"', /entry 2: "comment" is "three"; write the number of the staff comment/],
    ['    comment: [1, 2]', /entry 2: "comment" is "a list or mapping"/],
    ['    comment: 9', /entry 2 is for comment 9, which the letter does not have \(it has 1, 2, 3, 4, 5\)/],
    ['    filing: 2017', /entry 2: "filing" must be text, not number 2017/],
    ['    owner: [Controller, CFO]', /entry 2: "owner" must be text, not a list or mapping/],
    ['    owner: true', /entry 2: "owner" must be text, not boolean true/],
  ])('%s', (lines, message) => {
    const found = rules(entry(lines.startsWith(' ') ? lines : `    ${lines}`), 'invalid-commitment-entry');
    expect(found.map((f) => f.message).join('\n')).toMatch(message);
  });

  it('accepts numbers written as text, an unknown comment left empty, and empty owner and filing', () => {
    for (const lines of ['    comment: "3"', '    comment: ~', '    owner: ~\n    filing: ~', '    comment: Comment 3', '    comment: No. 3']) {
      expect(rules(entry(lines), 'invalid-commitment-entry').map((f) => f.message)).toEqual([]);
    }
  });
});

describe('a front matter that is not valid YAML', () => {
  // Found by the incremental property test (seed 69627): with lines ended by a lone \r, the problem ran on to the
  // next \n in the letter, past the front matter, and a re-check that reused the front matter's reading kept the old
  // end after the text below it changed.
  it('marks the line of the error, whatever ends its lines, and nothing after the front matter', () => {
    // The property test's case: lines ended by \n, then a lone \r before and after the closing fence.
    const head = '---\n- 4. Tell us about Question 102.11 of the non-GAAP C&DIs.\n> **300.** Tell us more.\r---\r';
    const ends = new Set<number>();
    for (const body of ['', 'Body\r', 'Body\nmore\n', '\u{235b4}\n']) {
      const problems = analyze(head + body).letter.problems.filter((p) => p.message.startsWith('Front matter is not valid YAML'));
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) {
        expect((head + body).slice(p.span.start, p.span.end)).not.toMatch(/[\r\n]/);
        ends.add(p.span.end);
      }
    }
    // Whatever follows the front matter, the problem is the same.
    expect([...ends]).toHaveLength(1);
  });
});
