// The editor's analysis stops between phases once its token is cancelled (a newer version superseded it, or the
// request was cancelled), and a stopped analysis leaves nothing behind that a later check could pick up.
import { describe, expect, it } from 'vitest';
import { analyze, analyzeCancellable } from '../../server/src/core/check';
import { clearAnalysisCaches, withoutCaches } from '../../server/src/core/incremental/analysis-cache';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { EXAMPLE, read } from '../helpers/letters';

const letter = read(EXAMPLE);

/** A token that turns cancelled after it has been asked `n` times. */
function cancelledAfter(n: number) {
  let asked = 0;
  return {
    get isCancellationRequested() {
      return ++asked > n;
    },
    get asked() {
      return asked;
    },
  };
}

describe('analyzeCancellable', () => {
  it('finishes with what analyze returns when nobody cancels', async () => {
    clearAnalysisCaches();
    const got = await analyzeCancellable(letter, DEFAULT_SETTINGS, { isCancellationRequested: false });
    expect(got).toEqual(withoutCaches(() => analyze(letter)));
  });

  it('asks the token between phases, and stops at the first phase boundary after a cancellation', async () => {
    for (let n = 0; n < 4; n++) {
      clearAnalysisCaches();
      const token = cancelledAfter(n);
      expect(await analyzeCancellable(letter, DEFAULT_SETTINGS, token)).toBeUndefined();
      expect(token.asked).toBe(n + 1);
    }
  });

  it('a stopped analysis is not remembered: the next check of the same text runs in full and is right', async () => {
    clearAnalysisCaches();
    const edited = letter.replace('**Response:**', 'Draft:');
    expect(await analyzeCancellable(edited, DEFAULT_SETTINGS, cancelledAfter(2))).toBeUndefined();
    const next = await analyzeCancellable(edited, DEFAULT_SETTINGS, { isCancellationRequested: false });
    expect(next).toEqual(withoutCaches(() => analyze(edited)));
    expect(next!.findings.some((f) => f.rule === 'missing-response')).toBe(true);
  });
});
