import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The build output, as wxt.config.ts sets it: TACTFUL_OUT_DIR gives a run its own. */
const outputDir = resolve(projectRoot, process.env.TACTFUL_OUT_DIR ?? '.output');
export const extensionDir = resolve(outputDir, 'chrome-mv3');
export const pagesSourceDir = fileURLToPath(new URL('../pages', import.meta.url));
export const pagesBuildDir = resolve(outputDir, 'e2e-pages');
/** Debian's Chromium binary; /usr/bin/chromium is a wrapper that adds flags of its own. */
export const chromiumPath = process.env.TACTFUL_CHROMIUM ?? '/usr/lib/chromium/chromium';
