import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WXT's plugin points `wxt/browser` at its in-memory fake browser, so storage code runs in unit tests.
  plugins: [WxtVitest()],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'scripts/**/*.test.ts', 'eval/**/*.test.ts', 'bench/**/*.test.ts'],
  },
});
