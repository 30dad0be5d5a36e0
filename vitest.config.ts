import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Most of the run is browser and server tests waiting on other processes: more files at once
    // than cores keeps both cores busy (vitest's default is one fewer than the cores).
    maxWorkers: Number(process.env.KSNAV_TEST_WORKERS) || 3,
    // Test files in one worker share its module cache: importing the app, the engine and the
    // browser helpers once per worker, not once per file, saves about two minutes of the run. Tests
    // that change process state (environment variables) put it back after each test.
    isolate: false,
    // One PostgreSQL for the run: the one at hand, or a real one from an npm package (test/support/databases.ts).
    globalSetup: ['test/support/global-setup.ts'],
  },
});
