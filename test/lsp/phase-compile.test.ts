// The server's first commitment phase compiles its expressions without V8's regular-expression optimisations
// (lsp/phase-compile.ts), and the core runs every phase of a cancellable check through the caller's wrapper.
import * as fs from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze, analyzeCancellable, AnalysisContext, type Phase } from '../../server/src/core/check';
import { withoutCaches } from '../../server/src/core/incremental/analysis-cache';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';

const calls: string[] = [];
vi.mock('node:v8', async (original) => ({
  ...(await original<typeof import('node:v8')>()),
  setFlagsFromString: (flag: string) => void calls.push(flag),
}));

const EXAMPLE = fs.readFileSync('examples/21vianet-2017-08-30.corresp.md', 'utf8');

describe('a check phase by phase', () => {
  beforeEach(() => {
    calls.length = 0;
    vi.resetModules();
  });

  it('runs each phase once through the wrapper, in order, and gives what analyze gives', async () => {
    const phases: Phase[] = [];
    const got = await analyzeCancellable(EXAMPLE, DEFAULT_SETTINGS, { isCancellationRequested: false }, new AnalysisContext(), {}, (phase, run) => {
      phases.push(phase);
      return run();
    });
    expect(phases).toEqual(['parse', 'citations', 'commitments', 'rules']);
    expect(got?.findings).toEqual(withoutCaches(() => analyze(EXAMPLE, DEFAULT_SETTINGS)).findings);
  });

  it('the server turns the optimisations off around its first commitment phase only, and back on', async () => {
    const { aroundPhase } = await import('../../server/src/lsp/phase-compile');
    const seen: string[] = [];
    expect(aroundPhase('parse', () => (seen.push(`parse with ${calls.length} flags set`), 1))).toBe(1);
    expect(aroundPhase('commitments', () => (seen.push(`commitments after ${calls.join(' ')}`), 2))).toBe(2);
    expect(calls).toEqual(['--no-regexp-optimization', '--regexp-optimization']);
    aroundPhase('commitments', () => seen.push(`again after ${calls.length}`));
    expect(calls).toHaveLength(2);
    expect(seen).toEqual(['parse with 0 flags set', 'commitments after --no-regexp-optimization', 'again after 2']);
  });

  it('restores the optimisations when the phase throws', async () => {
    const { aroundPhase } = await import('../../server/src/lsp/phase-compile');
    expect(() => aroundPhase('commitments', () => {
      throw new Error('boom');
    })).toThrow('boom');
    expect(calls).toEqual(['--no-regexp-optimization', '--regexp-optimization']);
  });
});
