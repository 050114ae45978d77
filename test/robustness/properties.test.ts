// Property tests: for any letter and any sequence of edits, the parser and every rule never throw, every range lies
// inside the document, and re-checking after an edit (with the caches of the previous check) gives exactly what a
// check from scratch gives. Counts add up to well over 10,000 cases per run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../server/src/core/check';
import { parseLetter } from '../../server/src/core/dialect/parse';
import { withoutCaches } from '../../server/src/core/incremental/analysis-cache';
import { citationsOf } from '../../server/src/core/incremental/citations';
import { findCitations } from '../../server/src/core/references/citation';
import { DEFAULT_SETTINGS, type Settings } from '../../server/src/core/settings';
import { generateLetter } from '../helpers/generate-letter';
import { applyEdit, badSpans, editArb, letterArb } from './arbitraries';

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, maxFileSize: Number.MAX_SAFE_INTEGER };
const SEED = Number(process.env.CORRESP_FC_SEED ?? Date.now() % 1_000_000);

/** Problems that mean something threw, or a range escaped the document. */
function defects(a: Analysis): string[] {
  const out = badSpans(a);
  for (const f of a.findings) if (f.rule === 'internal-error') out.push(`${f.rule}: ${f.message}`);
  for (const p of a.letter.problems) if (p.message.startsWith('corresp could not read this letter')) out.push(`parser threw: ${p.message}`);
  return out;
}

function fresh(text: string): Analysis {
  return withoutCaches(() => analyze(text, SETTINGS));
}

describe(`robustness properties (seed ${SEED}; rerun with CORRESP_FC_SEED)`, () => {
  it('the parser never throws and its ranges lie inside the text (5,000 letters)', () => {
    fc.assert(
      fc.property(letterArb, (text) => {
        const letter = parseLetter(text);
        expect(letter.text).toBe(text);
        expect(defects({ letter, citations: [], commitments: [], findings: [] })).toEqual([]);
      }),
      { numRuns: 5000, seed: SEED },
    );
  });

  it('no rule throws and every finding, fix and related range lies inside the text (4,000 letters)', () => {
    fc.assert(
      fc.property(letterArb, (text) => {
        const a = analyze(text, SETTINGS);
        expect(defects(a)).toEqual([]);
      }),
      { numRuns: 4000, seed: SEED + 1 },
    );
  });

  it('re-checking after each edit equals a check from scratch (1,200 sequences of up to 4 edits)', () => {
    fc.assert(
      fc.property(letterArb, fc.array(editArb, { minLength: 1, maxLength: 4 }), (start, edits) => {
        let text = start;
        analyze(text, SETTINGS);
        for (const e of edits) {
          text = applyEdit(text, e);
          const a = analyze(text, SETTINGS);
          expect(defects(a)).toEqual([]);
          expect(a).toEqual(fresh(text));
        }
      }),
      { numRuns: 1200, seed: SEED + 2 },
    );
  });

  it('typing into a realistic letter keeps incremental results exact (200 edit sequences)', () => {
    const base = [generateLetter({ targetSize: 6000, seed: 3 }), generateLetter({ targetSize: 9000, seed: 4, eol: '\r\n', company: '世纪互联 😀 Holdings' })];
    fc.assert(
      fc.property(fc.constantFrom(...base), fc.array(editArb, { minLength: 1, maxLength: 4 }), (start, edits) => {
        let text = start;
        analyze(text, SETTINGS);
        for (const e of edits) {
          text = applyEdit(text, e);
          expect(analyze(text, SETTINGS)).toEqual(fresh(text));
        }
      }),
      { numRuns: 200, seed: SEED + 3 },
    );
  });

  it('citations rescanned around an edit in a long letter equal a full scan (150 sequences of up to 4 edits)', () => {
    // Long enough that only a window around each edit is rescanned; edits write the words that carry context
    // (a C&DI set, a regulation, non-GAAP, the letter's form) so stale context would show.
    const base = [generateLetter({ targetSize: 70_000, seed: 11 }), generateLetter({ targetSize: 90_000, seed: 12, eol: '\r\n' })];
    const contextual = fc.constantFrom(
      'non-GAAP ',
      'Question 102.11 ',
      'Questions 102.10 and 102.11 of the Compliance and Disclosure Interpretations ',
      'Regulation S-K ',
      'Regulation S-X ',
      'Rule 3-05 ',
      'Item 303(a) ',
      'Items 5.A and 5.B ',
      'Form 10-K ',
      'ASC 350-20-35-30 through 35-31 ',
      'Topic 606 ',
      'paragraph 25-19 ',
      '\n\n',
    );
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: contextual }),
      editArb.filter((e) => e.kind === 'insert' || e.kind === 'delete'),
    );
    fc.assert(
      fc.property(fc.constantFrom(...base), fc.array(edit, { minLength: 1, maxLength: 4 }), (start, edits) => {
        let text = start;
        citationsOf(text);
        for (const e of edits) {
          text = applyEdit(text, e);
          expect(citationsOf(text)).toEqual(findCitations(text));
        }
      }),
      { numRuns: 150, seed: SEED + 5 },
    );
  });

  it('citations stay exact over long runs of typing near a cursor (60 sequences of up to 40 edits)', () => {
    // Each re-check resumes from points recorded by the re-check before it (shifted past its edit), so errors would
    // compound over a run: the cursor wanders a little, words that carry context are typed and deleted.
    const base = [generateLetter({ targetSize: 60_000, seed: 13 }), generateLetter({ targetSize: 40_000, seed: 14, eol: '\r\n' })];
    const word = fc.constantFrom('a', ' ', 'non-GAAP ', 'Question 102.11 ', 'Compliance and Disclosure Interpretations ', 'Regulation S-K ', 'Regulation S-X ', 'Article 11 ', 'Rule 3-05 ', 'Item 303(a) ', 'Form 20-F ', 'ASC 606 ', '.\n\n');
    const step = fc.record({ move: fc.integer({ min: -3000, max: 3000 }), word, remove: fc.nat({ max: 20 }), kind: fc.constantFrom('insert', 'insert', 'delete') });
    fc.assert(
      fc.property(fc.constantFrom(...base), fc.double({ min: 0.05, max: 0.95, noNaN: true }), fc.array(step, { minLength: 1, maxLength: 40 }), (start, where, steps) => {
        let text = start;
        let at = Math.floor(start.length * where);
        citationsOf(text);
        for (const st of steps) {
          at = Math.max(0, Math.min(text.length, at + st.move));
          text = st.kind === 'insert' ? text.slice(0, at) + st.word + text.slice(at) : text.slice(0, at) + text.slice(at + st.remove);
          if (st.kind === 'insert') at += st.word.length;
          expect(citationsOf(text)).toEqual(findCitations(text));
        }
      }),
      { numRuns: 60, seed: SEED + 6 },
    );
  });

  it('citations after an edit that only their look-back reads are rescanned ("pro forma" typed before "Article 11")', () => {
    // No scan state carries "pro forma": only the text around "Article 11" does, so a rescan that fell back in step
    // with the previous scan too soon after the edit would keep the old answer (no cite).
    // Every sentence holds a trigger word that is no cite, so the scan stands still all along; the article is moved
    // a sentence at a time so that some of the previous scan's resume points fall between the edit and the article.
    const filler = 'The Company reviewed the Financial matter and the guidance carefully. ';
    for (let shift = 0; shift < 10; shift++) {
      const base = filler.repeat(150 + shift) + 'The adjustments in Article 11 were reviewed. ' + filler.repeat(150);
      const article = base.indexOf('Article 11');
      for (const back of [5, 60, 120, 190]) {
        citationsOf(base);
        const text = base.slice(0, article - back) + 'pro forma ' + base.slice(article - back);
        const cites = citationsOf(text);
        expect(cites.map((c) => c.canonical)).toEqual(['Article 11 of Regulation S-X']);
        expect(cites).toEqual(findCitations(text));
      }
    }
  });

  it('the same text analysed twice gives equal results, with settings respected (500 letters)', () => {
    fc.assert(
      fc.property(letterArb, fc.constantFrom<Settings>(SETTINGS, { ...SETTINGS, rules: { 'missing-response': 'off', 'comment-number-gap': 'hint' } }), (text, settings) => {
        const a = analyze(text, settings);
        const b = analyze(text, settings);
        expect(b).toEqual(a);
        expect(b).toEqual(withoutCaches(() => analyze(text, settings)));
        if (settings.rules['missing-response'] === 'off') expect(b.findings.some((f) => f.rule === 'missing-response')).toBe(false);
      }),
      { numRuns: 500, seed: SEED + 4 },
    );
  });
});

describe('hostile inputs, one by one', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['only a BOM', '\uFEFF'],
    ['only NUL bytes', '\u0000'.repeat(1000)],
    ['a 10,000-character line', '> **1.** ' + 'a'.repeat(10_000) + '\n\n**Response:**\n\n' + 'b'.repeat(10_000)],
    ['200 nested quotes', '> '.repeat(200) + '**1.** We note.\n\n**Response:**\n\nNoted.'],
    ['200 nested lists', Array.from({ length: 200 }, (_, i) => '  '.repeat(i) + '- item').join('\n')],
    ['1,000 unclosed emphasis runs', '> **1.** ' + '**_'.repeat(1000) + '\n\nResponse:\n\n' + '[`'.repeat(1000)],
    ['lone surrogates', '> **1.** \uD83D\uD83D\uDE00\uDE00\n\n**Response:**\n\n\uD800'],
    ['CR only line endings', '> **1.** We note.\r\r**Response:**\r\rThe Company will revise future filings.\r'],
    ['an unclosed front matter', '---\ncompany: X\n' + 'k: v\n'.repeat(3000)],
    ['an unclosed HTML comment', '<!-- corresp-disable\n> **1.** We note.\n'],
    ['RTL override around a number', '> **\u202E1.\u202C** We note.\n\nResponse:\n\nNoted.'],
    ['300 comments with no responses', Array.from({ length: 300 }, (_, i) => `> **${i + 1}.** We note.`).join('\n\n')],
  ];
  it.each(cases)('%s', (_name, text) => {
    const a = analyze(text, SETTINGS);
    expect(defects(a)).toEqual([]);
    expect(a).toEqual(fresh(text));
  });

  it('a letter over corresp.maxFileSize gets one clear diagnostic and no analysis', () => {
    const text = generateLetter({ targetSize: 30_000, seed: 5 });
    const a = analyze(text, { ...DEFAULT_SETTINGS, maxFileSize: 10_000 });
    expect(a.findings).toHaveLength(1);
    expect(a.findings[0].rule).toBe('file-too-large');
    expect(a.findings[0].message).toMatch(/over the .* limit \(setting corresp\.maxFileSize\); it was not analysed/);
    expect(a.letter.comments).toEqual([]);
    expect(a.citations).toEqual([]);
  });
});
