// Issue 11, loose end: analysis state is per document. Each letter's caches live in its own AnalysisContext, so
// checking other letters (with other settings, or the workspace review of many) neither evicts nor feeds them, and
// every interleaving still gives what a check from scratch gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnalysisContext, analyze, analyzeCancellable } from '../../server/src/core/check';
import { withoutCaches } from '../../server/src/core/incremental/analysis-cache';
import { DEFAULT_SETTINGS, type Settings } from '../../server/src/core/settings';
import { EXAMPLE, read } from '../helpers/letters';
import { generateLetter } from '../helpers/generate-letter';
import { applyEdit, editArb } from './arbitraries';

const STRICT: Settings = { ...DEFAULT_SETTINGS, rules: { 'missing-response': 'warning' } };
const QUIET: Settings = { ...DEFAULT_SETTINGS, rules: { 'missing-response': 'off', 'not-ready-to-file': 'off' } };
const SEED = Number(process.env.CORRESP_FC_SEED ?? Date.now() % 1_000_000);

describe('per-document analysis contexts', () => {
  it("a letter's last analysis survives other letters' checks in their own contexts", () => {
    const a = read(EXAMPLE);
    const b = generateLetter({ targetSize: 30_000, seed: 7 });
    const ctxA = new AnalysisContext();
    const ctxB = new AnalysisContext();
    const first = analyze(a, STRICT, ctxA);
    analyze(b, QUIET, ctxB);
    analyze(b + '\nMore.\n', QUIET); // the shared context, as the CLI uses it
    for (let i = 0; i < 5; i++) analyze(generateLetter({ targetSize: 5_000, seed: i + 1 }), DEFAULT_SETTINGS, new AnalysisContext()); // a workspace review
    expect(analyze(a, STRICT, ctxA)).toBe(first);
    // The same text with other settings is another analysis, and never the first one's findings.
    const quiet = analyze(a, QUIET, ctxA);
    expect(quiet).not.toBe(first);
    expect(quiet.findings).toEqual(withoutCaches(() => analyze(a, QUIET)).findings);
  });

  it('a dropped (cleared) context starts from scratch and gives the same result', () => {
    const a = read(EXAMPLE);
    const ctx = new AnalysisContext();
    const first = analyze(a, STRICT, ctx);
    ctx.clear();
    const again = analyze(a, STRICT, ctx);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('two documents with different settings, edited in turn (interleaved cancellable checks), equal fresh checks', async () => {
    const base = [read(EXAMPLE), generateLetter({ targetSize: 12_000, seed: 3 })];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), editArb), { minLength: 1, maxLength: 8 }), async (steps) => {
        const texts = [...base];
        const contexts = [new AnalysisContext(), new AnalysisContext()];
        const settings = [STRICT, QUIET];
        for (const [doc, edit] of steps) {
          texts[doc] = applyEdit(texts[doc], edit);
          // Both documents' checks run at once, their phases interleaved on the event loop.
          const never = { isCancellationRequested: false };
          const [x, y] = await Promise.all([0, 1].map((d) => analyzeCancellable(texts[d], settings[d], never, contexts[d])));
          for (const [d, got] of [x, y].entries()) expect(got).toEqual(withoutCaches(() => analyze(texts[d], settings[d])));
        }
      }),
      { numRuns: 40, seed: SEED },
    );
  });
});
