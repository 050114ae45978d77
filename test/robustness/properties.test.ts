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
