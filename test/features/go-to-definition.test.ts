// Go to Definition between a staff comment and its response, and from the commitment register into the letter.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../server/src/core/check';
import { definitionAt, referencesAt } from '../../server/src/core/features/navigation';

const LETTER = `---
company: Example Corp.
commitments:
  - comment: 1
    sentence: "In future filings, beginning with our Form 10-K for 2024, we will quantify each factor."
    filing: Form 10-K for 2024
    owner: Controller
    status: open
---
# Item 7. Management's Discussion and Analysis

> **1.** Please quantify each factor you cite as a driver of revenue growth.

**Response:**

In future filings, beginning with our Form 10-K for 2024, we will quantify each factor. See also our response to comment 2.

> **2.** We note your response to prior comment 3. Please tell us how you considered disclosing backlog.

**Response to Comment 2:**

As discussed in comment 1, backlog is not material.

> **3.** Please file your exhibits.
`;

/** Go to Definition with the cursor after the first `before` in `what`: the origin and the targets' selected text. */
function go(what: string, before: string) {
  const offset = LETTER.indexOf(what) + before.length;
  expect(LETTER.indexOf(what), what).toBeGreaterThanOrEqual(0);
  const found = definitionAt(analyze(LETTER), offset);
  if (!found) return undefined;
  return {
    origin: LETTER.slice(found.origin.start, found.origin.end),
    targets: found.targets.map((t) => LETTER.slice(t.selection.start, t.selection.end)),
    whole: found.targets.map((t) => LETTER.slice(t.span.start, t.span.end)),
    starts: found.targets.map((t) => t.span.start),
  };
}

describe('go to definition', () => {
  test('a response label goes to the comment it answers', () => {
    const r = go('**Response to Comment 2:**', '**Resp');
    expect(r?.targets).toEqual(['2.']);
    expect(r?.whole[0]).toMatch(/^> \*\*2\.\*\* We note your response/);
    expect(go('**Response:**', '**Re')?.whole[0]).toMatch(/Please quantify each factor/);
  });

  test('a comment number goes to its response', () => {
    const r = go('> **1.**', '> **1');
    expect(r?.origin).toBe('1.');
    expect(r?.targets).toHaveLength(1);
    expect(r?.targets[0]).toMatch(/^(\*\*)?Response:/);
    expect(r?.whole[0]).toMatch(/we will quantify each factor/);
  });

  test('a comment with no response goes nowhere', () => {
    expect(go('> **3.**', '> **3')).toBeUndefined();
  });

  test('"comment 2" in a response goes to comment 2; "prior comment 3" is not this letter', () => {
    expect(go('response to comment 2.', 'response to comm')?.targets).toEqual(['2.']);
    expect(go('As discussed in comment 1', 'As discussed in comment ')?.targets).toEqual(['1.']);
    expect(go('prior comment 3', 'prior comm')).toBeUndefined();
  });

  test("a register entry's comment goes to the comment, its sentence to the promise", () => {
    expect(go('  - comment: 1', '  - comment: ')?.targets).toEqual(['1.']);
    const promise = go('sentence: "In future filings', 'sentence: "In fut');
    expect(promise?.targets).toHaveLength(1);
    expect(promise?.targets[0]).toMatch(/we will quantify each factor/);
    // The promise in the response, not the entry's own copy of it in the front matter.
    expect(promise!.starts[0]).toBeGreaterThan(LETTER.indexOf('---\n#'));
  });

  test('plain prose goes nowhere', () => {
    expect(go('backlog is not material', 'backl')).toBeUndefined();
  });
});

describe('find all references', () => {
  const refs = (what: string, before: string, withDeclaration = true) =>
    referencesAt(analyze(LETTER), LETTER.indexOf(what) + before.length, withDeclaration)?.map((s) => [LETTER.slice(s.start, s.end), s.start]);

  test('from a comment number: the number, its response label, "comment N" mentions and register entries, in order', () => {
    const got = refs('> **1.**', '> **1');
    expect(got?.map(([t]) => t)).toEqual(['1', '1.', expect.stringMatching(/Response:/), 'comment 1']);
    const starts = got!.map(([, s]) => s as number);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  test('the same set from a mention or a label; without the declaration, no comment number', () => {
    expect(refs('As discussed in comment 1', 'As discussed in comm')).toEqual(refs('> **1.**', '> **1'));
    const two = refs('**Response to Comment 2:**', '**Resp', false)!.map(([t]) => t);
    expect(two).toEqual(['comment 2', expect.stringMatching(/^Response to Comment 2:/)]);
    expect(two).not.toContain('2.');
  });

  test('"prior comment 3" and prose name no comment of this letter', () => {
    expect(refs('prior comment 3', 'prior comm')).toBeUndefined();
    expect(refs('backlog is not material', 'backl')).toBeUndefined();
  });
});
