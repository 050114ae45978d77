// The whole-letter rules read only what a keystroke can have changed: legend words near the edit (when the last
// version had none), the staff's asks by comment text, the closing from the end of the letter. Each is checked
// against a check from scratch, keystroke by keystroke, including the keystrokes that complete or break a word.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/core/check';
import { AnalysisContext, inContext, withoutCaches } from '../../server/src/core/incremental/analysis-cache';
import { mayHoldTracker } from '../../server/src/core/incremental/may-hold';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';

const findingsOf = (text: string, context?: AnalysisContext) =>
  (context ? analyze(text, DEFAULT_SETTINGS, context) : withoutCaches(() => analyze(text, DEFAULT_SETTINGS))).findings.map(
    (f) => `${f.rule} ${f.span.start}-${f.span.end} ${f.message}`,
  );

const LETTER = [
  '---',
  'company: Test Co.',
  'response-date: 2024-05-01',
  'signer: Pat Lee',
  '---',
  '',
  '**1.** Please provide us with your proposed disclosure in your response.',
  '',
  '**Response:**',
  '',
  'The Company will revise its disclosure in future filings.',
  '',
  '**2.** We note your revenue by customer.',
  '',
  '**Response:**',
  '',
  'The Company respectfully advises the Staff that revenue from the customer is not material to the Company.',
  '',
].join('\n');

/** Types `insert` into `text` at `at`, one character at a time, checking after each keystroke. */
function typeAndCompare(text: string, at: number, insert: string): string[][] {
  const context = new AnalysisContext();
  findingsOf(text, context);
  const seen: string[][] = [];
  for (let i = 1; i <= insert.length; i++) {
    const next = text.slice(0, at) + insert.slice(0, i) + text.slice(at);
    const incremental = findingsOf(next, context);
    expect(incremental, `after typing ${JSON.stringify(insert.slice(0, i))}`).toEqual(findingsOf(next));
    seen.push(incremental);
  }
  return seen;
}

describe('whole-letter rules after a keystroke', () => {
  it('a legend typed letter by letter is found when its last letter is typed, as from scratch', () => {
    const at = LETTER.length;
    const steps = typeAndCompare(LETTER, at, '\nConfidential Treatment Requested\n');
    const legendless = steps.map((f) => f.some((x) => x.startsWith('confidential-marking') && /redacts nothing/.test(x)));
    expect(legendless.indexOf(true)).toBe('\nConfidential Treatment Requested'.length - 1);
  });

  it('a legend broken by a keystroke in its middle is no longer found', () => {
    const text = `${LETTER}\nPursuant to Rule 83 the Company requests confidential treatment.\n`;
    const at = text.indexOf('Rule 83') + 'Rule '.length;
    const steps = typeAndCompare(text, at, 'x');
    expect(findingsOf(text).some((f) => f.startsWith('confidential-marking'))).toBe(true);
    expect(steps[0].some((f) => f.startsWith('confidential-marking'))).toBe(false);
  });

  it('the staff asking for proposed disclosure is read again when its comment changes, and not otherwise', () => {
    const withoutAsk = LETTER.replace('Please provide us with your proposed disclosure in your response.', 'Please tell us more.');
    const asked = (f: string[]) => f.some((x) => x.startsWith('proposed-disclosure-missing'));
    expect(asked(findingsOf(LETTER))).toBe(true);
    expect(asked(findingsOf(withoutAsk))).toBe(false);
    // Typing into the response to comment 2 and then rewriting comment 1, in one document's context.
    const context = new AnalysisContext();
    for (const text of [LETTER, LETTER.replace('not material', 'not materially'), withoutAsk, LETTER]) {
      expect(findingsOf(text, context)).toEqual(findingsOf(text));
    }
  });

  it('the closing is found however far it is from the end, and not inside an HTML comment', () => {
    const unsigned = LETTER.replace('signer: Pat Lee\n', '');
    const noSigner = (t: string) => findingsOf(t).some((f) => f.includes('The letter has no signer'));
    const signed = `${unsigned}\nVery truly yours,\n\nPat Lee\n`;
    expect(noSigner(signed)).toBe(false);
    // An appendix of 30,000 characters after the signature: the closing is still the letter's.
    const appendix = `${signed}\n${'Appendix A sets out the revenue by customer for each period presented. '.repeat(420)}\n`;
    expect(appendix.length - appendix.indexOf('Very truly yours')).toBeGreaterThan(16_384);
    expect(noSigner(appendix)).toBe(false);
    // A closing with nothing after it but a closing inside a comment: unsigned.
    expect(noSigner(`${unsigned}\nVery truly yours,\n\n<!--\nSincerely,\n\nSomeone\n-->\n`)).toBe(true);
    // The comment's text is blanked: a closing followed by a comment on its own line still counts.
    expect(noSigner(`${unsigned}\nSincerely,<!-- sign below -->\n\nPat Lee\n`)).toBe(false);
    expect(noSigner(`${unsigned}\nVery truly yours,\n`)).toBe(true);
  });

  it('mayHoldTracker equals reading the whole text after any sequence of edits', () => {
    const words = /rule 83|200\.83/i;
    const tracker = mayHoldTracker((t) => words.test(t), 'rule 83'.length);
    const pieces = ['Rule', ' 8', '3', 'rule 83', '200.', '83', 'x', ' ', '\n', 'RULE 83', 'Rule 8'];
    const editArb = fc.record({ at: fc.nat(), del: fc.integer({ min: 0, max: 6 }), text: fc.constantFrom(...pieces, '') });
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 30 }), (edits) => {
        const context = new AnalysisContext();
        let text = 'The Company will revise.';
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.text + text.slice(at + e.del);
          const got = inContext(context, () => tracker(text));
          if (got !== words.test(text)) return false;
        }
        return true;
      }),
      { numRuns: 400 },
    );
  });
});
