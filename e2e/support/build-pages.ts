import { cpSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { pagesBuildDir, pagesSourceDir, projectRoot } from './paths';

/**
 * What editors load by URL at run time, per npm package, served from /vendor/<package> like a self-hosted install:
 * TinyMCE its theme, model (TinyMCE 5 has none), icons and skins; CKEditor 4 itself (a script tag), its English strings, its skin, the
 * iframe's contents CSS and the styles of the plugins it starts with.
 */
const vendorAssets: Record<string, string[]> = {
  tinymce: ['themes', 'models', 'icons', 'skins'],
  tinymce5: ['themes', 'icons', 'skins'],
  ckeditor4: ['ckeditor.js', 'contents.css', 'lang/en.js', 'skins/moono-lisa', 'plugins/dialog/styles', 'plugins/tableselection/styles', 'plugins/scayt/skins', 'plugins/scayt/dialogs'],
};

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
  for (const [name, paths] of Object.entries(vendorAssets)) {
    for (const path of paths) cpSync(join(projectRoot, 'node_modules', name, path), join(pagesBuildDir, 'vendor', name, path), { recursive: true });
  }
}
