import { resolve } from 'node:path';
import { projectRoot } from './paths';

/** The Firefox build and its fixture pages, apart from the Chromium run's `.output` so the two never overwrite each other. */
export const firefoxOutputDir = resolve(projectRoot, '.output-firefox');
/** `wxt build -b firefox` (Manifest V2, as `npm run release` packages it). */
export const firefoxExtensionDir = resolve(firefoxOutputDir, 'firefox-mv2');
/** Debian's Firefox ESR (scripts/install-firefox.sh). */
export const firefoxPath = process.env.TACTFUL_FIREFOX ?? '/usr/bin/firefox-esr';
