import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildPages } from './build-pages';
import { firefoxOutputDir, firefoxPath } from './firefox-paths';
import { projectRoot } from './paths';

/** Once per Firefox run: the Firefox build and the fixture pages, in their own output folder (see vitest.e2e-firefox.config.ts). */
export default async function setup(): Promise<void> {
  // Loud, before any build: CI installs Firefox, so a missing one is a broken set-up, not a reason to pass.
  if (!existsSync(firefoxPath)) throw new Error(`no Firefox at ${firefoxPath}: run scripts/install-firefox.sh, or set TACTFUL_SKIP_FIREFOX=1 to skip the Firefox tests`);
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, TACTFUL_OUT_DIR: firefoxOutputDir } });
  await buildPages();
}
