import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export function packageVersion(root = projectRoot): string {
  return (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The three packages of a release, in `.output/`, as the stores and Firefox's reviewers take them. */
export function releaseFiles(version: string, root = projectRoot) {
  const output = resolve(root, '.output');
  return {
    output,
    chrome: resolve(output, `tactful-${version}-chrome.zip`),
    firefox: resolve(output, `tactful-${version}-firefox.zip`),
    sources: resolve(output, `tactful-${version}-sources.zip`),
  };
}
