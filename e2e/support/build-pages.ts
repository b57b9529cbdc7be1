import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { pagesBuildDir, pagesSourceDir } from './paths';

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
    build: { outDir: pagesBuildDir, emptyOutDir: true, rollupOptions: { input }, minify: false, chunkSizeWarningLimit: 10_000 },
  });
}
