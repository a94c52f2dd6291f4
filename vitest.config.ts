import { defineConfig } from 'vitest/config';
import { PATIENCE_MS } from './test/setup/patience.ts';

// Two groups, run one after the other: the end-to-end tests drive Chromium against a live server and
// get the machine to themselves (one file at a time), so that their waits do not compete with the
// rest of the suite for the CPU.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // See test/setup/patience.ts: waits are for states, with a limit a loaded machine never reaches.
    setupFiles: ['test/setup/dom-patience.ts'],
    expect: { poll: { timeout: PATIENCE_MS, interval: 20 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
