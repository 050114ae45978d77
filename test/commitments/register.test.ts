import { describe, expect, test } from 'vitest';
import { itShared } from '../helpers/letters';
import { parseLetter } from '../../server/src/core/dialect/parse';
import { analyseCommitments } from '../../server/src/core/commitments/commitment';
import { anchorMatches, anchorPieces, anchorForm, readRegister, registerEdit, registerRemovalEdit, yamlString } from '../../server/src/core/commitments/register';
import { applyFixes } from '../../server/src/core/fixes';
import { nextPeriodicReport } from '../../server/src/core/commitments/next-filing';
import { fixesOf } from '../../server/src/core/rules/rule';

const BODY = `# Item 7
> **1.** Please revise to quantify each factor.

**Response:**

In future filings, we will quantify each material factor.
`;
const front = (yaml: string, eol = '\n') => `---${eol}company: Example Corp.${eol}${yaml}---${eol}${BODY.replace(/\n/g, eol)}`;

describe('commitment register', () => {
  test('reads entries with their spans', () => {
    const text = front('commitments:\n  - comment: 1\n    sentence: "we will quantify ... factor"\n    owner: CFO\n    status: open\n');
    const letter = parseLetter(text);
    const reg = readRegister(letter);
    expect(reg.present).toBe(true);
    expect(reg.entries).toHaveLength(1);
    const e = reg.entries[0];
    expect(e).toMatchObject({ comment: 1, sentence: 'we will quantify ... factor', owner: 'CFO', status: 'open' });
    expect(text.slice(e.sentenceSpan.start, e.sentenceSpan.end)).toBe('"we will quantify ... factor"');
    expect(analyseCommitments(letter).commitments[0].entry).toBe(0);
  });

  test('an entry for another comment does not document the promise', () => {
    const letter = parseLetter(front('commitments:\n  - comment: 2\n    sentence: "we will quantify"\n'));
    expect(analyseCommitments(letter).commitments[0].entry).toBeUndefined();
  });

  test('broken YAML is a problem, never an exception', () => {
    const letter = parseLetter(front('commitments:\n  - comment: [1\n    sentence: "x\n'));
    const reg = readRegister(letter);
    expect(reg.entries).toEqual([]);
    expect(reg.problems.length).toBeGreaterThan(0);
    expect(() => analyseCommitments(letter)).not.toThrow();
  });

  test('a register that is not a list is reported', () => {
    const reg = readRegister(parseLetter(front('commitments: yes please\n')));
    expect(reg.problems[0].message).toMatch(/must be a list/);
  });

  for (const [name, yaml] of [
    ['no key', ''],
    ['empty key', 'commitments:\n'],
    ['empty flow list', 'commitments: []\n'],
    ['existing entries', 'commitments:\n- comment: 9\n  sentence: "something else"\n  status: open\n'],
  ] as const) {
    for (const eol of ['\n', '\r\n']) {
      test(`recording writes valid YAML (${name}, ${eol === '\n' ? 'LF' : 'CRLF'})`, () => {
        const text = front(yaml.replace(/\n/g, eol), eol);
        const letter = parseLetter(text);
        const c = analyseCommitments(letter).commitments[0];
        const fixed = applyFixes(text, [{ title: 't', edits: registerEdit(letter, [{ comment: 1, sentence: c.sentence, filing: 'Form 10-K for the fiscal year ending December 31, 2025' }]) }]);
        const again = parseLetter(fixed);
        expect(again.problems).toEqual([]);
        expect(again.facts.company).toBe('Example Corp.');
        const a = analyseCommitments(again);
        expect(a.commitments[0].entry).toBeDefined();
        expect(a.register.entries.find((e) => e.comment === 1)?.filing).toBe('Form 10-K for the fiscal year ending December 31, 2025');
        if (eol === '\r\n') expect(fixed.replace(/\r\n/g, '')).not.toMatch(/\n/);
      });
    }
  }

  test('recording into a letter without front matter creates one', () => {
    const text = BODY;
    const letter = parseLetter(text);
    const c = analyseCommitments(letter).commitments[0];
    const fixed = applyFixes(text, [{ title: 't', edits: registerEdit(letter, [{ comment: 1, sentence: c.sentence }]) }]);
    expect(fixed.startsWith('---\ncommitments:\n  - comment: 1\n')).toBe(true);
    expect(analyseCommitments(parseLetter(fixed)).commitments[0].entry).toBe(0);
  });

  describe('single record fixes compose: each writes its own entry, the key once', () => {
    const TWO = `# Item 7
> **1.** Please revise to quantify each factor.

**Response:**

In future filings, we will quantify each material factor.

> **2.** Please disclose the assumptions.

**Response:**

We will disclose the key assumptions in future filings.
`;
    const cases: [string, string][] = [
      ['no front matter', TWO],
      ['front matter without the key', `---\ncompany: Example Corp.\n---\n${TWO}`],
      ['an empty key', `---\ncompany: Example Corp.\ncommitments:\n---\n${TWO}`],
      ['an empty flow list', `---\ncompany: Example Corp.\ncommitments: []\n---\n${TWO}`],
      ['a list with an entry', `---\ncompany: Example Corp.\ncommitments:\n  - comment: 9\n    sentence: "we will file the exhibit"\n---\n${TWO}`],
      ['CRLF', `---\r\ncompany: Example Corp.\r\n---\r\n${TWO.replace(/\n/g, '\r\n')}`],
    ];
    for (const [name, text] of cases) {
      test(name, async () => {
        const { recordFix, recordAllFix } = await import('../../server/src/core/commitments/fixes');
        const letter = parseLetter(text);
        const found = analyseCommitments(letter).commitments;
        expect(found).toHaveLength(2);
        const singles = found.map((c) => recordFix(letter, c, true));
        const fixed = applyFixes(text, singles);
        // the same result as one fix recording both; an edit repeated across fixes is written once
        expect(fixed).toBe(applyFixes(text, [recordAllFix(letter, found, true)]));
        expect(applyFixes(text, [...singles, ...singles])).toBe(fixed);
        const after = parseLetter(fixed);
        expect(after.problems).toEqual([]);
        expect(fixed.match(/^commitments:/gm)).toHaveLength(1);
        const again = analyseCommitments(after);
        expect(again.commitments.map((c) => c.entry !== undefined)).toEqual([true, true]);
        expect(again.register.entries.filter((e) => e.comment === 1 || e.comment === 2).map((e) => e.comment)).toEqual([1, 2]);
      });
    }
  });

  test('the register can be removed for export', () => {
    const text = front('commitments:\n  - comment: 1\n    sentence: "we will quantify"\nfiling: Form 10-K\n');
    const letter = parseLetter(text);
    const edit = registerRemovalEdit(letter)!;
    const out = applyFixes(text, [{ title: 'x', edits: [edit] }]);
    expect(out).not.toMatch(/commitments|quantify"/);
    expect(parseLetter(out).facts.filing).toBe('Form 10-K');
  });

  test('anchors: "..." pieces in order, case and quotes ignored', () => {
    const hay = anchorForm('The Company will continue to provide such disclosures in its future earnings releases.');
    expect(anchorMatches(anchorPieces('will continue ... earnings releases'), hay)).toBe(true);
    expect(anchorMatches(anchorPieces('earnings releases ... will continue'), hay)).toBe(false);
    expect(anchorMatches(anchorPieces('WILL CONTINUE TO PROVIDE\u2026RELEASES.'), hay)).toBe(true);
    expect(anchorMatches(anchorPieces('...'), hay)).toBe(false);
  });

  test('yamlString keeps plain text plain and quotes the rest', () => {
    expect(yamlString('Form 10-K for the fiscal year ending December 31, 2017')).toBe('Form 10-K for the fiscal year ending December 31, 2017');
    expect(yamlString('Note 2: "Segments"')).toBe('"Note 2: \\"Segments\\""');
    expect(yamlString('yes')).toBe('"yes"');
    expect(yamlString('2017')).toBe('"2017"');
  });
});

describe('the next periodic report', () => {
  test('annual and quarterly reports', () => {
    expect(nextPeriodicReport('Form 20-F for the Fiscal Year Ended December 31, 2016', '2017-08-16').text).toBe('Annual Report on Form 20-F for the fiscal year ending December 31, 2017');
    // A 52/53-week year (the Saturday nearest January 31): the next report is the second-quarter 10-Q.
    expect(nextPeriodicReport('Form 10-K for Fiscal Year Ended February 1, 2025', '2025-06-17').text).toBe('Quarterly Report on Form 10-Q for the quarter ending August 2, 2025');
    expect(nextPeriodicReport('Form 10-K for Fiscal Year Ended February 1, 2025', '2025-06-17', { track: 'annual' }).text).toBe('Annual Report on Form 10-K for the fiscal year ending January 31, 2026');
    expect(nextPeriodicReport('Form 10-Q for the Quarterly Period Ended June 30, 2018').text).toBe('Quarterly Report on Form 10-Q for the quarter ending September 30, 2018');
    // A late response: the 10-K for 2016 was due on March 1, 2017, so the first 10-Q of 2017 comes next.
    expect(nextPeriodicReport('Form 10-K for the fiscal year ended December 31, 2015', '2017-03-01').text).toBe('Quarterly Report on Form 10-Q for the quarter ending March 31, 2017');
    expect(nextPeriodicReport('Form 10-K for the fiscal year ended December 31, 2015', '2017-03-01', { track: 'annual' }).text).toBe('Annual Report on Form 10-K for the fiscal year ending December 31, 2017');
    expect(nextPeriodicReport(undefined).known).toBe(false);
    expect(nextPeriodicReport('Schedule 14C').known).toBe(false);
  });
});

describe('code lens', () => {
  test('status above each commitment', async () => {
    const { commitmentLenses } = await import('../../server/src/core/commitments/lens');
    const documented = parseLetter(front('commitments:\n  - comment: 1\n    sentence: "we will quantify"\n    filing: Form 10-K FY2017\n    owner: Controller\n    status: open\n'));
    expect(commitmentLenses(documented).map((l) => l.title)).toEqual(['Documented · Form 10-K FY2017 · owner: Controller · open']);
    const bare = parseLetter(front(''));
    const [lens] = commitmentLenses(bare);
    expect(lens.title).toBe('Not in register — record it');
    expect(lens.fix?.title).toBe('Record this commitment in the register');
  });
});

describe('a broken register is never written to', () => {
  test('no record fix while the YAML is broken', async () => {
    const { undocumentedCommitment } = await import('../../server/src/core/commitments/rules/undocumented-commitment');
    const { detectCommitments } = await import('../../server/src/core/commitments/commitment');
    const letter = parseLetter(front('commitments:\n  - comment: [1\n'));
    const reports: Array<{ fixes?: unknown[]; message: string }> = [];
    undocumentedCommitment.check({ letter, citations: [], commitments: detectCommitments(letter) }, (r) => reports.push({ ...r, fixes: fixesOf(r) }));
    expect(reports).toHaveLength(1);
    expect(reports[0].fixes).toBeUndefined();
    expect(reports[0].message).toMatch(/\(comment 1\) is not in the register, which cannot be read$/);
  });
});

describe('recording every commitment of a real plain-text letter', () => {
  for (const file of ['21vianet-2017-08-30-response.txt', '08-wmt-response.txt', '16-vrsk-response.txt']) {
    itShared(`${file}: front matter is created and every commitment becomes documented`, async () => {
      const { labelled, letterText } = await import('./labelled-set');
      const { recordAllFix } = await import('../../server/src/core/commitments/fixes');
      const text = letterText(labelled(file).file);
      const before = parseLetter(text);
      const found = analyseCommitments(before).commitments;
      const fixed = applyFixes(text, [recordAllFix(before, found, true)]);
      const after = parseLetter(fixed);
      expect(after.problems).toEqual([]);
      expect(after.comments.length).toBe(before.comments.length);
      const again = analyseCommitments(after).commitments;
      expect(again.map((c) => c.sentence)).toEqual(found.map((c) => c.sentence));
      expect(again.every((c) => c.entry !== undefined)).toBe(true);
    });
  }
});

describe('register spelling', () => {
  test('the key is case-insensitive and comment numbers may be strings', () => {
    const letter = parseLetter(front('Commitments:\n  - comment: "1"\n    sentence: >-\n      we will quantify\n      each material factor\n    status: Done\n'));
    const reg = readRegister(letter);
    expect(reg.entries[0]).toMatchObject({ comment: 1, sentence: 'we will quantify each material factor', status: 'done' });
    expect(analyseCommitments(letter).commitments[0].entry).toBe(0);
  });
});
