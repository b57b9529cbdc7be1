import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const skip = process.env.TACTFUL_SKIP_FIREFOX === '1';
if (skip) console.warn('TACTFUL_SKIP_FIREFOX=1: the Firefox browser tests are skipped (nothing built, nothing run).');
// The fixture pages are built into the Firefox run's own folder (e2e/support/paths.ts reads this), beside its add-on build.
// The same folder as firefoxOutputDir in e2e/support/firefox-paths.ts.
process.env.TACTFUL_OUT_DIR = fileURLToPath(new URL('.output-firefox', import.meta.url));

/** Browser tests in Debian's Firefox ESR with the Firefox build as a temporary add-on, one file at a time. */
export default defineConfig({
  test: {
    include: skip ? [] : ['e2e/firefox/**/*.firefox.ts'],
    passWithNoTests: skip,
    globalSetup: skip ? [] : ['e2e/support/firefox-global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
