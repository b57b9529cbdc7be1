import { execFileSync } from 'node:child_process';
import { buildPages } from './build-pages';
import { projectRoot } from './paths';

/** Once per run: the real extension build, and the fixture pages with their editors. */
export default async function setup(): Promise<void> {
  execFileSync('npx', ['wxt', 'build'], { cwd: projectRoot, stdio: 'inherit' });
  await buildPages();
}
