import { cpSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { pagesBuildDir, pagesSourceDir, projectRoot } from './paths';

/** What TinyMCE loads by URL at run time (theme, model, icons, skins), served from /vendor/tinymce like a self-hosted install. */
const tinymceAssets = ['themes', 'models', 'icons', 'skins'];

/** Builds every fixture page (a folder with an index.html under e2e/pages) with its real editor from npm. */
export async function buildPages(): Promise<void> {
  const input = Object.fromEntries(
    readdirSync(pagesSourceDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(pagesSourceDir, entry.name, 'index.html')))
      .map((entry) => [entry.name, join(pagesSourceDir, entry.name, 'index.html')]),
  );
  await build({
    root: pagesSourceDir,
    base: './',
    logLevel: 'warn',
    configFile: false,
    // Draft.js (through fbjs) reads Node's `global`.
    define: { global: 'globalThis' },
    build: { outDir: pagesBuildDir, emptyOutDir: true, rollupOptions: { input }, minify: false, chunkSizeWarningLimit: 10_000 },
  });
  for (const folder of tinymceAssets) {
    cpSync(join(projectRoot, 'node_modules/tinymce', folder), join(pagesBuildDir, 'vendor/tinymce', folder), { recursive: true });
  }
}
