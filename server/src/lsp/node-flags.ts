/**
 * Node options the server is started with (by the VS Code client, the bench, and the editor setups in the README).
 * V8's young generation grows to 16 MB per semi-space by default; an editor server that reads a large letter in
 * one burst then holds that much extra for nothing. Capped at 2 MB, the server's peak on a 10 MB letter drops by
 * about 30 MB and its time to first diagnostics does not change (measured by `npm run bench`; docs/performance.md).
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=2'];

/**
 * V8 settings the server applies to itself at start (they take effect at run time, and V8 ignores one it does not
 * know, so no runtime can refuse to start over them). Old space grows by half of what survives a collection, not
 * by up to four times: the 10 MB letter's peak drops by about 25 MB at no measured cost in time.
 */
export const SERVER_V8_RUNTIME_FLAGS: readonly string[] = ['--heap-growing-percent=50'];
