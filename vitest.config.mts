import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    pool: 'forks',
    // Says in one line how many corpus tests were skipped when ../shared is absent.
    reporters: ['default', './test/helpers/shared-skips-reporter.ts'],
  },
});
