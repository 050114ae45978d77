/**
 * Node options the server is started with (by the VS Code client, the bench, and the editor setups in the README).
 * V8's young generation grows to 16 MB per semi-space by default; capped at 8 MB, a large letter read in one burst
 * holds less for nothing. It was capped at 2 MB (the 10 MB letter's peak 30 MB lower), but then a keystroke on the
 * 100 KB letter spent about as long in scavenges as in the check (GC 670 ms against 255 ms at 8 MB over the same
 * 115 keystrokes, --cpu-prof), for 4 MiB of peak RSS on that letter and 10 MiB on a 1–4.5 MB one.
 *
 * The young generation also starts at that size (`--min-semi-space-size=8`) instead of 1 MB. Growing from 1 MB, it was
 * still small when a long letter had just been checked in full, so the first keystrokes after opening one paid for
 * frequent scavenges that copied that check's results (kept for the next re-check) to the old generation: 2.2 ms of
 * GC per keystroke over the first 15 on the 100 KB letter against 0.5 ms later (--cpu-prof). Started at 8 MB, the
 * median of those first 15 keystrokes went from 11.5–13.1 to 8.1–10.0 ms (four interleaved runs each, 2026-12-08);
 * later keystrokes and the start did not change.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8', '--min-semi-space-size=8'];

/**
 * V8 settings the server applies to itself at start (they take effect at run time, and V8 ignores one it does not
 * know, so no runtime can refuse to start over them). Old space grows by half of what survives a collection, not
 * by up to four times: the 10 MB letter's peak drops by about 25 MB at no measured cost in time. Regular
 * expressions are compiled to machine code on first use instead of first being interpreted and compiled again on
 * their second use ("tier-up"): the first check of a letter runs several hundred of them once or twice, and the
 * server's CPU time from spawn to the example's first diagnostics drops from 151–153 to 129 ms (empty server: 97),
 * with no measured change per keystroke (npm run bench; docs/performance.md).
 */
export const SERVER_V8_RUNTIME_FLAGS: readonly string[] = ['--heap-growing-percent=50', '--no-regexp-tier-up'];
