import { setFlagsFromString } from 'node:v8';

/**
 * Runs one phase of a check. The server's first commitment phase runs with V8's regular-expression optimisations
 * off, so that the expressions it compiles on their first use (the example's first check compiles about 90 of them,
 * the largest of 1,700 characters, case-insensitive) are compiled without them: spawn → first diagnostics 8.7 ms
 * sooner (median of 24 paired starts, 2026-12-08). They run on one sentence at a time, where those optimisations
 * save little: over 160 keystrokes on the 100 KB letter the commitment phase took a median 336 µs with them and
 * 361 µs without (five runs each), and a full pass over that letter 4.0–5.9 ms with them, 4.3–6.0 ms without.
 *
 * Only the first: switching the setting on every check cost each keystroke on the 100 KB letter about 0.7 ms (five
 * paired runs), and after the first check the vocabulary is compiled. The setting is read only when an expression is
 * compiled, and it is restored before the phase returns (before the code cache is written, which must be made under
 * the flags it is read with). Citations and the parser keep the optimisations: they scan long stretches of text on
 * every keystroke, and with every expression compiled without them a keystroke on that letter took 2–3 ms longer.
 */
let first = true;
export function aroundPhase<T>(phase: string, run: () => T): T {
  if (phase !== 'commitments' || !first) return run();
  first = false;
  setFlagsFromString('--no-regexp-optimization');
  try {
    return run();
  } finally {
    setFlagsFromString('--regexp-optimization');
  }
}
