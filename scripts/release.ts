/**
 * npm run release: the packages of the package.json version, in .output/:
 * - tactful-<version>-chrome.zip for the Chrome Web Store and Edge Add-ons (no `key`: the store assigns the id),
 * - tactful-<version>-firefox.zip for addons.mozilla.org, checked with `web-ext lint` (no error, no unexplained warning),
 * - tactful-<version>-sources.zip, the tracked files with the lock file, which Firefox's reviewers rebuild from.
 * `npm run release:verify` rebuilds the Firefox package from that sources zip and compares every file.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { formatLintMessage, lintFirefox } from './release/lint-firefox';
import { explainedWarnings } from './release/lint-warnings';
import { packageVersion, projectRoot, releaseFiles } from './release/release-files';
import { trackedFiles, uncommittedChanges } from './release/tracked-files';
import { extractZip, readZip, writeZip } from './release/zip-files';

const run = (command: string, args: string[], env: Record<string, string> = {}): void => {
  execFileSync(command, args, { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, ...env } });
};
const fail = (message: string): never => {
  process.stderr.write(`release: ${message}\n`);
  process.exit(1);
};

const version = packageVersion();
const files = releaseFiles(version);
// Built apart from .output/chrome-mv3, which keeps the key the browser tests and unpacked installs rely on.
const buildDir = resolve(files.output, 'release-build');
rmSync(buildDir, { recursive: true, force: true });

run('npx', ['tsx', 'scripts/check-lexicons.ts']);
run('npx', ['tsx', 'scripts/write-managed-schema.ts', '--check']);
run('npx', ['tsx', 'scripts/write-word-tags.ts', '--check']);
run('npx', ['wxt', 'zip'], { TACTFUL_OUT_DIR: buildDir, TACTFUL_STORE: '1' });
run('npx', ['wxt', 'zip', '-b', 'firefox'], { TACTFUL_OUT_DIR: buildDir });
renameSync(resolve(buildDir, `tactful-${version}-chrome.zip`), files.chrome);
renameSync(resolve(buildDir, `tactful-${version}-firefox.zip`), files.firefox);

const manifestOf = async (zip: string) => JSON.parse((await readZip(zip)).get('manifest.json')!.toString('utf8')) as Record<string, unknown>;
if ('key' in (await manifestOf(files.chrome))) fail('the Chrome package carries a key: the store would refuse it');
if (!('browser_specific_settings' in (await manifestOf(files.firefox)))) fail('the Firefox package has no add-on id');

const changed = uncommittedChanges(projectRoot);
if (changed.length > 0) {
  process.stderr.write(`release: warning: uncommitted changes go into the sources as they are now:\n${changed.map((line) => `  ${line}`).join('\n')}\n`);
}
await writeZip(files.sources, trackedFiles(projectRoot));

const lintDir = mkdtempSync(join(tmpdir(), 'tactful-lint-'));
try {
  await extractZip(files.firefox, lintDir);
  const { report, unexplained } = lintFirefox(lintDir, projectRoot);
  console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unexplained.length} explained), ${report.notices.length} notices`);
  for (const warning of report.warnings) {
    const explained = unexplained.includes(warning) ? 'UNEXPLAINED' : explainedWarnings.find((known) => known.code === warning.code)?.reason;
    console.log(`  ${formatLintMessage(warning)}\n    ${explained}`);
  }
  for (const message of [...report.errors, ...report.notices]) console.log(`  ${formatLintMessage(message)}`);
  if (report.errors.length > 0) fail('web-ext lint found errors in the Firefox package');
  if (unexplained.length > 0) fail('web-ext lint raised warnings that are neither fixed nor explained (scripts/release/lint-warnings.ts, CHANGELOG.md)');
} finally {
  rmSync(lintDir, { recursive: true, force: true });
}

console.log(`\nTactful ${version}:`);
for (const path of [files.chrome, files.firefox, files.sources]) {
  const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
  console.log(`  ${relative(projectRoot, path)}  ${(statSync(path).size / 1024).toFixed(0)} KB  sha256 ${sha256}`);
}
console.log('Check that the sources rebuild the same Firefox package: npm run release:verify');
