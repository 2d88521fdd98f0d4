import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/bench/**', 'node_modules/**'],
    // The CLI's bundle, built from the current sources before any test runs.
    globalSetup: ['test/cli-bundle-setup.ts'],
    // Separate processes: the keychain's native module and the memory tests want a clean process each.
    pool: 'forks',
    // Uploads of gigabyte files and a real browser take longer than vitest's 5 s default.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
