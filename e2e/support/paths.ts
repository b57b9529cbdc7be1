import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const extensionDir = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
export const pagesSourceDir = fileURLToPath(new URL('../pages', import.meta.url));
export const pagesBuildDir = fileURLToPath(new URL('../../.output/e2e-pages', import.meta.url));
/** Debian's Chromium binary; /usr/bin/chromium is a wrapper that adds flags of its own. */
export const chromiumPath = process.env.TACTFUL_CHROMIUM ?? '/usr/lib/chromium/chromium';
