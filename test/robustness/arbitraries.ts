// fast-check arbitraries for letters as people really paste them: every construct of the dialect, mixed with the
// input that breaks naive parsers (NUL, BOM, lone surrogates, RTL marks, 10,000-character lines, deep nesting).
import fc from 'fast-check';
import type { Analysis } from '../../server/src/core/check';
import type { Span } from '../../server/src/core/model';

const DIALECT_LINES = [
  '---',
  'company: 世纪互联 21Vianet Group, Inc.',
  'filing: Form 20-F for the fiscal year ended December 31, 2016',
  'staff-letter: 2017-08-16',
  'response-date: 2017-08-30',
  'commitments:',
  '  - comment: 3',
  '    sentence: will revise future filings ... the percentage',
  '    owner: Controller',
  '    status: open',
  '  - comment: x',
  'company: [unclosed',
  '...',
  '# Item 5. Operating and Financial Review and Prospects',
  '## Goodwill, page 84',
  '### 😀 Revenue, page F-12',
  'Item 7. Management’s Discussion',
  '> **1.** We note your disclosure. Please tell us how you considered ASC 350-20-35-30.',
  '> **2.** Refer to Item 5.D of Form 20-F and Rule 3-05 of Regulation S-X.',
  '> **300.** Tell us more.',
  '>',
  '> - The percentage by which fair value exceeded carrying value;',
  '>     - nested bullet',
  '1. We note your response to prior comment 1.',
  '2.We note',
  '3.',
  '- 4. Tell us about Question 102.11 of the non-GAAP C&DIs.',
  '**5. We note the bold comment.**',
  'Comment 6',
  '## Comment 7',
  'SEC Comment 8:',
  'Comment:',
  '**Response:**',
  'Response:',
  'Response',
  'Response 3:',
  'Response to Comment 4:',
  'Company Response 5:',
  "Management's Response:",
  'RESPONSE:',
  'The Company respectfully advises the Staff that it will revise its disclosure in future filings.',
  'In future filings, the Company will expand its discussion in Item 303(a) of Regulation S-K, as appropriate.',
  'Beginning with its Form 10-K for the fiscal year ending December 31, 2024, the Company will disclose the tax effect.',
  'The Company proposes to revise the disclosure as follows:',
  '> Proposed disclosure: the fair value exceeded carrying value by 14%.',
  'See your response to prior comment 3 and IAS 36, SAB Topic 1.M, ASC 606-10-25-19 through 25-22.',
  'TODO',
  '[TBD]',
  '* * *',
  'If you have any questions, please contact me.',
  'Very truly yours,',
  'Sincerely,<!-- sign here -->',
  '/s/ Terry Wang',
  // Rule 83: a marker, a legend and words of one (the confidential-marking rule reads only an edit's surroundings
  // for legend words when the last version had none).
  'Revenue from the customer was [***]{$4.2 million} in 2024.',
  'FOIA Confidential Treatment Requested by Test Co. pursuant to 17 C.F.R. \u00a7 200.83',
  'CONFIDENTIAL TREATMENT REQUESTED; omitted and filed separately under Rule 83.',
  'Page 2',
  'FirstName LastName',
  '<!-- corresp-disable-next-line missing-response -- handled by phone -->',
  '<!-- corresp-disable -->',
  '<!-- corresp-enable -->',
  '<!-- corresp-disable undocumented-commitment',
  '-->',
  '```',
  '~~~',
  '    indented code after a blank line',
  '| a | b |',
  '|---|---|',
  '',
  '',
  '',
];

const NASTY = [
  '\u0000',
  '\uFEFF',
  '\t',
  '\u200F',
  '\u202E',
  '\u200B',
  '\u00A0',
  '😀',
  '👩‍👩‍👧',
  '世纪互联',
  'مرحبا',
  '\uD83D', // a lone high surrogate
  '\uDE00', // a lone low surrogate
  '\r',
  '\f',
  '\u2028',
  '**',
  '>',
  '<!--',
  '-->',
  '`',
  '\\',
];

const nested = fc.integer({ min: 1, max: 60 }).chain((depth) =>
  fc.constantFrom(
    '> '.repeat(depth) + '**1.** deep quote',
    '  '.repeat(depth) + '- deep list',
    '- '.repeat(depth) + 'item',
    '>'.repeat(depth),
    '*'.repeat(depth) + 'emphasis' + '_'.repeat(depth),
    '['.repeat(depth) + 'link' + ']'.repeat(depth) + '(x)',
  ),
);

const longLine = fc.constantFrom(
  'a'.repeat(10_000),
  'The Company will revise ' + 'future filings and '.repeat(520) + 'ASC 350-20-35-30.',
  '> **1.** ' + '世'.repeat(10_000),
  '😀'.repeat(5_000),
  'Response: ' + 'x '.repeat(5_000),
);

/** One line: mostly dialect lines, some with nasty characters spliced in, a few deep or very long ones. */
export const lineArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 240, arbitrary: fc.constantFrom(...DIALECT_LINES) },
  {
    weight: 80,
    arbitrary: fc
      .tuple(fc.constantFrom(...DIALECT_LINES), fc.constantFrom(...NASTY), fc.nat())
      .map(([l, n, at]) => {
        const i = l.length ? at % (l.length + 1) : 0;
        return l.slice(0, i) + n + l.slice(i);
      }),
  },
  { weight: 40, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 20, arbitrary: nested },
  { weight: 3, arbitrary: longLine },
);

const eolArb = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

/** A letter: lines joined by a mix of line endings, sometimes with a BOM, sometimes starting with front matter. */
export const letterArb: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.boolean(), fc.array(fc.tuple(lineArb, eolArb), { maxLength: 60 }))
  .map(([bom, front, lines]) => {
    let text = lines.map(([l, e]) => l + e).join('');
    if (front) text = '---\ncompany: Test Co.\ncommitments:\n  - comment: 1\n    sentence: will revise\n---\n' + text;
    return (bom ? '\uFEFF' : '') + text;
  });

export type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace-all'; text: string }
  | { kind: 'eol'; to: '\n' | '\r\n' }
  | { kind: 'paste'; at: number; text: string };

/** An edit; positions are fractions of the current length, so any sequence applies to any text. */
export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...NASTY, 'x', ' ', '\n', '\n\n', '> ', '**', 'Response:\n', '> **9.** ', 'will revise future filings. '), lineArb) }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('paste' as const), at: fc.nat(), text: letterArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replace-all' as const), text: letterArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('eol' as const), to: fc.constantFrom('\n' as const, '\r\n' as const) }) },
);

export function applyEdit(text: string, e: Edit): string {
  switch (e.kind) {
    case 'insert':
    case 'paste': {
      const at = e.at % (text.length + 1);
      return text.slice(0, at) + e.text + text.slice(at);
    }
    case 'delete': {
      if (!text.length) return text;
      const at = e.at % text.length;
      return text.slice(0, at) + text.slice(at + e.length);
    }
    case 'replace-all':
      return e.text;
    case 'eol':
      return e.to === '\n' ? text.replace(/\r\n/g, '\n') : text.replace(/\r?\n/g, '\r\n');
  }
}

/** Every span an analysis hands out, with where it came from (for a readable failure). */
export function allSpans(a: Analysis): [string, Span][] {
  const out: [string, Span][] = [];
  const { letter } = a;
  if (letter.facts.span) out.push(['facts', letter.facts.span]);
  for (const c of letter.captions) out.push(['caption', c.span]);
  for (const c of letter.comments) {
    out.push(['comment', c.span], ['comment number', c.numberSpan]);
    for (const r of c.priorCommentRefs) out.push(['prior ref', r.span]);
  }
  for (const r of letter.responses) {
    out.push(['response', r.span], ['response label', r.labelSpan], ['response body', r.bodySpan]);
    for (const p of r.paragraphs) out.push(['response paragraph', p]);
  }
  for (const s of letter.suppressions) out.push(['suppression', s.span]);
  for (const p of letter.problems) out.push(['problem', p.span]);
  for (const c of a.citations) out.push([`citation ${c.text}`, c.span]);
  for (const c of a.commitments) out.push([`commitment ${c.sentence.slice(0, 30)}`, c.span]);
  for (const f of a.findings) {
    out.push([`finding ${f.rule}`, f.span]);
    for (const r of f.related ?? []) out.push([`related of ${f.rule}`, r.span]);
    for (const x of f.fixes ?? []) for (const e of x.edits) out.push([`fix edit of ${f.rule}`, e.span]);
  }
  return out;
}

/** The spans that lie outside [0, length] or run backwards. */
export function badSpans(a: Analysis): string[] {
  const n = a.letter.text.length;
  return allSpans(a)
    .filter(([, s]) => !(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= n && s.start <= s.end))
    .map(([what, s]) => `${what}: [${s.start}, ${s.end}) in a text of ${n}`);
}
