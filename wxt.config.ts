import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { browserManifest } from './src/release/browser-manifest';

export default defineConfig({
  imports: false,
  srcDir: '.',
  // Separate output folders let several browser-test runs build side by side.
  outDir: process.env.TACTFUL_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    name: 'Tactful',
    description: 'Coaches support replies as you type: catches defensive, blaming and negative wording and suggests empathetic fixes. Runs entirely in your browser.',
    // scripting: the coach is injected only into frames where the agent focuses a reply box.
    // storage: the team policy, the agent's settings and the local statistics.
    permissions: ['scripting', 'storage'],
    // Generated from the policy's zod schema by scripts/write-managed-schema.ts.
    storage: { managed_schema: 'managed-schema.json' },
    // The key of unpacked Chromium builds (left out of store packages: TACTFUL_STORE=1), Firefox's add-on id.
    ...browserManifest({ browser, store: process.env.TACTFUL_STORE === '1' }),
  }),
  // The sources zip Firefox's reviewers rebuild from is made from git's tracked files by `npm run release`;
  // WXT's own would take untracked files from the working tree too.
  zip: { zipSources: false },
  // JSON as JSON.parse of a string, default export only: quicker to load than object literals, and a lexicon of
  // thousands of keys (sentiment's AFINN scores) is not turned into a module namespace of one getter a word.
  vite: () => ({ plugins: [preact()], json: { stringify: true, namedExports: false } }),
});
