// Hover, completion and links in memory: a letter with a $$CURSOR$$ marker, the provider, plain objects back.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../server/src/core/check';
import { completeAt } from '../../server/src/core/features/completion';
import { hoverAt } from '../../server/src/core/features/hover';
import { documentLinks } from '../../server/src/core/features/links';

const CURSOR = '$$CURSOR$$';

function withCursor(src: string): { text: string; offset: number } {
  const offset = src.indexOf(CURSOR);
  return { text: src.replace(CURSOR, ''), offset };
}

const HEAD = `---
company: 21Vianet Group, Inc.
filing: Form 20-F for the fiscal year ended December 31, 2016
staff-letter: 2017-08-16
response-date: 2017-08-30
---

> **5.** Tell us whether your MNS reporting unit was at risk of failing step 1.

**Response:**

`;

function hover(body: string) {
  const { text, offset } = withCursor(HEAD + body);
  return hoverAt(analyze(text), offset);
}

describe('hover', () => {
  test('ASC paragraph: canonical form and the full title path', () => {
    const h = hover('We refer to ASC 350-20-$$CURSOR$$35-30 in our analysis.');
    expect(h?.markdown).toContain('**ASC 350-20-35-30**');
    expect(h?.markdown).toContain('Topic 350 Intangibles—Goodwill and Other › Subtopic 20 Goodwill › Section 35 Subsequent Measurement › paragraph 30');
    expect(h?.markdown).toContain('(https://asc.fasb.org/350/tableOfContent)');
  });

  test('Form 20-F item: path through the item, and the pre-2021 note for a 2017 letter', () => {
    const h = hover('Disclosure is required under Item 5.$$CURSOR$$D. of Form 20-F.');
    expect(h?.markdown).toContain('**Item 5.D of Form 20-F**');
    expect(h?.markdown).toContain('Item 5 Operating and Financial Review and Prospects › 5.D Trend information');
    const e = hover('See Item 5.E$$CURSOR$$ of Form 20-F.');
    expect(e?.markdown).toContain('Off-Balance Sheet Arrangements');
    expect(e?.markdown).toContain('today Item 5.E is "Critical Accounting Estimates"');
  });

  test('unconfirmed entries say so in plain words; confirmed ones and the automatic Overall subtopic carry no mark', () => {
    const h = hover('Service concessions fall under ASC 8$$CURSOR$$53.');
    expect(h?.markdown).toContain('Topic 853 Service Concession Arrangements (title not yet verified)');
    expect(h?.markdown).toContain('Check the official text before relying on an unverified title.');
    const overall = hover('We applied ASC 606-10-25-$$CURSOR$$19.')?.markdown ?? '';
    expect(overall).toContain('Subtopic 10 Overall › Section 25 Recognition');
    expect(overall).not.toMatch(/not yet verified|unverified/);
  });

  test('Regulation G written as an Item, and a C&DI with its set', () => {
    expect(hover('pursuant to Item 100(a) of Regul$$CURSOR$$ation G.')?.markdown).toContain('Regulation G calls its provisions rules');
    const q = hover('pursuant to Question 102.11 of the updated Non-GAAP Compliance and Disclosure Interpre$$CURSOR$$tations.');
    expect(q?.markdown).toContain('Non-GAAP Financial Measures C&DIs › Question 102.11 Income tax effects of adjustments');
  });

  test('ambiguity and history notes', () => {
    expect(hover('We considered Question 11$$CURSOR$$9.02 as well.')?.markdown).toMatch(/does not say which set/);
    expect(hover('under Item 303(a)(3)$$CURSOR$$(ii) of Regulation S-K')?.markdown).toMatch(/re-lettered by the 2020 MD&A amendments/);
    expect(hover('under Item 10(e) of Regulation S-K and nothing$$CURSOR$$ else')).toBeUndefined();
  });

  test('unknown authority is shown as a problem', () => {
    expect(hover('see ASC 99$$CURSOR$$9')?.markdown).toContain('ASC 999 is not a Codification topic; topics run 105–995');
  });
});

describe('completion', () => {
  test('after "ASC " offers topics with titles', () => {
    const { text, offset } = withCursor('Refer to ASC 35$$CURSOR$$');
    const items = completeAt(text, offset);
    expect(items.map((i) => i.label)).toEqual(['350']);
    expect(items[0].detail).toBe('Intangibles—Goodwill and Other');
    expect(items[0].replaceSpan).toEqual({ start: offset - 2, end: offset });
  });

  test('after "ASC 350-" offers subtopics, after "ASC 350-20-" sections', () => {
    let c = withCursor('ASC 350-$$CURSOR$$');
    expect(completeAt(c.text, c.offset).map((i) => i.label)).toContain('350-20');
    c = withCursor('ASC 350-20-3$$CURSOR$$');
    expect(completeAt(c.text, c.offset).map((i) => `${i.label} ${i.detail}`)).toEqual([
      '350-20-30 Section 30 Initial Measurement',
      '350-20-32 Section 32 Measurement',
      '350-20-35 Section 35 Subsequent Measurement',
    ]);
  });

  test('after "Item " offers the letter\u2019s form items and S-K items', () => {
    const { text, offset } = withCursor('RE: Form 20-F for the Fiscal Year Ended December 31, 2016\n\nsee Item 5.$$CURSOR$$');
    const items = completeAt(text, offset);
    const d = items.find((i) => i.label === '5.D');
    expect(d?.insertText).toBe('5.D of Form 20-F');
    expect(d?.detail).toContain('Trend information');
    const sk = withCursor('see Item 30$$CURSOR$$');
    expect(completeAt(sk.text, sk.offset).find((i) => i.label === '303')?.insertText).toBe('303 of Regulation S-K');
  });

  test('after "Rule ", "Topic ", "Question "', () => {
    let c = withCursor('Rule 3-0$$CURSOR$$');
    expect(completeAt(c.text, c.offset).find((i) => i.label === '3-05')?.insertText).toBe('3-05 of Regulation S-X');
    c = withCursor('under Topic 84$$CURSOR$$');
    // Topic 840 is superseded by 842: still offered, marked, and last.
    const topics = completeAt(c.text, c.offset);
    expect(topics.map((i) => i.label)).toEqual(['842', '845', '848', '840']);
    expect(topics[3].detail).toContain('superseded by ASC 842');
    c = withCursor('Refer to Question 102.1$$CURSOR$$ of the Non-GAAP C&DIs');
    const q = completeAt(c.text, c.offset);
    expect(q.map((i) => i.label)).toEqual(['102.10', '102.11']);
    expect(q[1].insertText).toBe('102.11');
    c = withCursor('SAB Topic 1$$CURSOR$$');
    expect(completeAt(c.text, c.offset).map((i) => i.label)).toContain('1.M');
  });

  test('"Part II, Item " offers Part II items of Form 10-Q; "Part 1, Item " Part I items', () => {
    let c = withCursor('Refer to Part II, Item $$CURSOR$$');
    let items = completeAt(c.text, c.offset);
    expect(items.map((i) => i.label)).toEqual(['1', '1A', '2', '3', '4', '5', '6']);
    expect(items.find((i) => i.label === '1A')?.detail).toBe('Form 10-Q Part II — Risk Factors');
    c = withCursor('Refer to Part 1, Item $$CURSOR$$');
    items = completeAt(c.text, c.offset);
    expect(items.map((i) => i.label)).toEqual(['1', '2', '3', '4']);
  });

  test('in a 10-Q letter "Item 2" offers both Form 10-Q items, each inserted with its part', () => {
    const c = withCursor('RE: Form 10-Q for the Quarterly Period Ended March 31, 2018\n\nsee Item 2$$CURSOR$$');
    const items = completeAt(c.text, c.offset).filter((i) => i.label === '2');
    expect(items.map((i) => i.insertText)).toEqual(['2 of Part I of Form 10-Q', '2 of Part II of Form 10-Q']);
    expect(items[0].detail).toContain("Management's Discussion");
  });

  test('C&DI completion inserts the set the letter is talking about', () => {
    let c = withCursor('consistent with the non-GAAP C&DIs. See Question 102.1$$CURSOR$$');
    expect(completeAt(c.text, c.offset)[0].insertText).toBe('102.10 of the Non-GAAP Compliance and Disclosure Interpretations');
    // A set whose questions we do not hold offers nothing rather than the wrong set's questions.
    c = withCursor('Refer to Question 1$$CURSOR$$ of the Regulation S-K Compliance and Disclosure Interpretations');
    expect(completeAt(c.text, c.offset)).toEqual([]);
  });

  test('nothing in ordinary prose', () => {
    const { text, offset } = withCursor('The Company respectfully$$CURSOR$$ advises');
    expect(completeAt(text, offset)).toEqual([]);
  });
});

describe('document links', () => {
  test('one link per linkable cite, none for unknown authorities', () => {
    const a = analyze(HEAD + 'See ASC 350-20-35-30, Item 100(a) of Regulation G, Rule 3-05 of Regulation S-X and ASC 999.');
    const links = documentLinks(a);
    expect(links.map((l) => l.target)).toEqual([
      'https://asc.fasb.org/350/tableOfContent',
      'https://www.ecfr.gov/current/title-17/section-244.100',
      'https://www.ecfr.gov/current/title-17/section-210.3-05',
    ]);
    for (const l of links) expect(a.letter.text.slice(l.span.start, l.span.end)).toMatch(/ASC|Item|Rule/);
  });
});
