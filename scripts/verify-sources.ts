/**
 * npm run release:verify: does the sources zip rebuild the Firefox package? Unzips .output/tactful-<version>-sources.zip
 * into a temporary folder, installs with `npm ci` and builds with `npm run build:firefox`, as a reviewer would, then
 * compares every file with the release's Firefox zip by hash. Slow (a full install): not part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { compareFiles } from './release/compare-files';
import { packageVersion, projectRoot, releaseFiles } from './release/release-files';
import { extractZip, readZip } from './release/zip-files';

function filesUnder(directory: string): Map<string, Buffer> {
  const entries = readdirSync(directory, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(entries.map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return [relative(directory, path).split('\\').join('/'), readFileSync(path)];
  }));
}

const files = releaseFiles(packageVersion());
for (const path of [files.sources, files.firefox]) {
  if (!existsSync(path)) {
    process.stderr.write(`verify: ${relative(projectRoot, path)} is missing: run npm run release first\n`);
    process.exit(1);
  }
}

const workDir = mkdtempSync(join(tmpdir(), 'tactful-sources-'));
// The reviewer's environment: none of this machine's build switches.
const { TACTFUL_OUT_DIR: _outDir, TACTFUL_STORE: _store, ...env } = process.env;
try {
  await extractZip(files.sources, workDir);
  console.log(`Rebuilding from ${relative(projectRoot, files.sources)} in ${workDir}`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: workDir, stdio: 'inherit', env });
  execFileSync('npm', ['run', 'build:firefox'], { cwd: workDir, stdio: 'inherit', env });
  const differences = compareFiles(await readZip(files.firefox), filesUnder(join(workDir, '.output/firefox-mv2')));
  if (differences.length > 0) {
    process.stderr.write(`verify: the rebuilt Firefox package differs:\n${differences.map(({ path, problem }) => `  ${problem}: ${path}`).join('\n')}\n`);
    process.exitCode = 1;
  } else {
    console.log(`verify: the sources rebuild ${relative(projectRoot, files.firefox)} file for file (same SHA-256 for every file)`);
  }
} finally {
  if (!process.argv.includes('--keep')) rmSync(workDir, { recursive: true, force: true });
}
