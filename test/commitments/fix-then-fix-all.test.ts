// Issue 13, item 2: "Name the filing" on a recorded sentence updates its register entry in the same edit; fix-all
// (every preferred fix, as the editor's "Fix all" and `corresp check --fix` apply them) is idempotent and never adds
// a second entry for one promise.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/letters';
import { analyze } from '../../server/src/core/check';
import { applyFixes } from '../../server/src/core/fixes';
import { readRegister } from '../../server/src/core/commitments/register';

const LETTER = `---
company: Example Corp
filing: Form 10-Q for the Quarterly Period Ended September 30, 2018
staff-letter: 2018-11-27
fiscal-year-end: December 31
commitments:
  - comment: 1
    sentence: "will expand the discussion of revenue drivers in future filings to quantify each factor"
    filing: ~
    place: MD&A
    owner: Controller
    status: open
---

# Form 10-Q for the Quarterly Period Ended September 30, 2018

## Results of Operations, page 25

> **1.** Please quantify each factor you cite as a driver of revenue growth.

**Response:**

The Company will expand the discussion of revenue drivers in future filings to quantify each factor.

> **2.** Please tell us how you define backlog.

**Response:**

Backlog is the value of signed orders not yet delivered. We will disclose our definition of backlog in future filings.
`;

function fixAll(text: string, only?: (rule: string) => boolean): string {
  const fixes = analyze(text)
    .findings.filter((f) => !only || only(f.rule))
    .flatMap((f) => (f.fixes ?? []).filter((x) => x.preferred));
  return applyFixes(text, fixes);
}

function entries(text: string) {
  return readRegister(analyze(text).letter).entries;
}

function problems(text: string, rules: string[]) {
  return analyze(text).findings.filter((f) => rules.includes(f.rule)).map((f) => `${f.rule}: ${f.message}`);
}

describe('fix then fix-all on the register', () => {
  test('"Name the filing" on a recorded sentence rewrites its entry in the same edit', () => {
    const a = analyze(LETTER);
    const finding = a.findings.find((f) => f.rule === 'commitment-without-filing' && a.letter.text.slice(f.span.start, f.span.end).includes('revenue drivers'))!;
    const fix = finding.fixes![0];
    expect(fix.title).toContain('Annual Report on Form 10-K for the fiscal year ending December 31, 2018');
    const fixed = applyFixes(LETTER, [fix]);
    expect(fixed).toContain('in future filings, beginning with our Annual Report on Form 10-K for the fiscal year ending December 31, 2018, to quantify each factor.');
    const [entry] = entries(fixed);
    // The old anchor ("... in future filings to quantify ...") is broken by the insertion: the entry follows the sentence.
    expect(entry.sentence).toMatch(/in future filings, beginning .*December 31, 2018, to quantify each factor$/);
    expect(entry.filing).toBe('Annual Report on Form 10-K for the fiscal year ending December 31, 2018');
    expect(entry.owner).toBe('Controller');
    expect(problems(fixed, ['stale-commitment-entry', 'invalid-commitment-entry'])).toEqual([]);
    expect(problems(fixed, ['undocumented-commitment']).some((m) => m.includes('comment 1'))).toBe(false);
    expect(problems(fixed, ['commitment-without-filing']).some((m) => m.includes('expand'))).toBe(false);

    // Fix-all afterwards records comment 2's promise, and only that: one entry per promise.
    const once = fixAll(fixed);
    expect(entries(once).map((e) => e.comment)).toEqual([1, 2]);
    expect(fixAll(once)).toBe(once);
    expect(problems(once, ['stale-commitment-entry', 'undocumented-commitment'])).toEqual([]);
  });

  test('a promise reworded by hand: fix-all re-anchors its entry instead of adding a second one', () => {
    const reworded = LETTER.replace(
      'The Company will expand the discussion of revenue drivers in future filings to quantify each factor.',
      'Beginning with our Form 10-K for 2018, the Company will quantify each factor that drove revenue growth.',
    );
    const before = analyze(reworded);
    expect(before.findings.filter((f) => f.rule === 'stale-commitment-entry')).toHaveLength(1);
    const once = fixAll(reworded);
    const list = entries(once);
    expect(list.map((e) => e.comment)).toEqual([1, 2]);
    expect(list[0].sentence).toContain('will quantify each factor that drove revenue growth');
    expect(list[0].owner).toBe('Controller');
    expect(problems(once, ['stale-commitment-entry', 'undocumented-commitment'])).toEqual([]);
    expect(fixAll(once)).toBe(once);
  });

  test('fix-all twice is fix-all once, and no entry is ever duplicated', () => {
    const bare = LETTER.replace(/commitments:[\s\S]*?status: open\n/, '');
    const once = fixAll(bare);
    expect(entries(once).map((e) => e.comment)).toEqual([1, 2]);
    const twice = fixAll(once);
    expect(twice).toBe(once);
    // Naming the filing on both recorded promises, then fix-all again: still two entries, both current.
    const a = analyze(once);
    const names = a.findings.filter((f) => f.rule === 'commitment-without-filing').map((f) => f.fixes![0]);
    expect(names).toHaveLength(2);
    const named = applyFixes(once, names);
    expect(entries(named).map((e) => e.comment)).toEqual([1, 2]);
    expect(entries(named).map((e) => e.filing)).toEqual(['Annual Report on Form 10-K for the fiscal year ending December 31, 2018', 'Annual Report on Form 10-K for the fiscal year ending December 31, 2018']);
    expect(fixAll(named)).toBe(named);
    expect(problems(named, ['stale-commitment-entry', 'undocumented-commitment', 'commitment-without-filing'])).toEqual([]);
  });
});

describe('a promise moved to another comment', () => {
  test('fix-all renumbers its entry instead of recording it twice', () => {
    // The promise of comment 2 is recorded under comment 1 (the drafter moved the sentence).
    const text = LETTER.replace('  - comment: 1\n    sentence: "will expand the discussion of revenue drivers in future filings to quantify each factor"', '  - comment: 1\n    sentence: "will disclose our definition of backlog in future filings"').replace(
      'The Company will expand the discussion of revenue drivers in future filings to quantify each factor.',
      'The Company has quantified each factor above.',
    );
    const f = analyze(text).findings.find((x) => x.rule === 'undocumented-commitment')!;
    expect(f.message).toBe('\u201cwill disclose\u201d (comment 2) is registered under comment 1');
    const once = fixAll(text);
    expect(entries(once).map((e) => [e.comment, e.owner])).toEqual([[2, 'Controller']]);
    expect(problems(once, ['stale-commitment-entry', 'undocumented-commitment'])).toEqual([]);
    expect(fixAll(once)).toBe(once);
  });
});

describe('fix-all on every fixture and real letter', () => {
  const dirs = [path.join(ROOT, 'test', 'fixtures', 'rules'), path.join(ROOT, 'test', 'data', 'real-letters'), path.join(ROOT, 'examples')];
  const files: string[] = [];
  const walk = (d: string) => {
    if (!fs.existsSync(d)) return;
    for (const f of fs.readdirSync(d)) {
      const p = path.join(d, f);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (/\.(md|txt)$/.test(f) && !f.includes('.fixed.') && f !== 'README.md') files.push(p);
    }
  };
  dirs.forEach(walk);

  // On the real letters (plain text of whole threads), only the commitment rules' fixes: malformed-citation's fix
  // can join a cite with the next comment's number there ("ASC 280-10-50. 1. We note" in nclh-…-066278.txt), which
  // is the citation rules' matter, reported separately.
  const commitmentRules = (rule: string) => /commitment|register/.test(rule);
  test.each(files.map((f) => [path.relative(ROOT, f), f]))('%s: twice is once, one entry per promise', (name, file) => {
    const text = fs.readFileSync(file, 'utf8');
    const only = name.includes('real-letters') ? commitmentRules : undefined;
    const once = fixAll(text, only);
    expect(fixAll(once, only)).toBe(once);
    const a = analyze(once);
    const reg = readRegister(a.letter);
    if (!reg.writable) return;
    const keys = reg.entries.map((e) => `${e.comment}|${e.sentence}`);
    const before = readRegister(analyze(text).letter).entries.map((e) => `${e.comment}|${e.sentence}`);
    // Fix-all adds no entry that repeats another one.
    expect(keys.filter((k, i) => keys.indexOf(k) !== i && !before.includes(k))).toEqual([]);
    expect(a.findings.filter((f) => f.rule === 'undocumented-commitment' && f.fixes?.some((x) => x.preferred))).toEqual([]);
  });
});
