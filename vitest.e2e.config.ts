import { defineConfig } from 'vitest/config';

/** Browser tests: the built extension in Debian's Chromium, one file at a time on this 2-core machine. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
