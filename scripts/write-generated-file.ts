import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Writes a file the build generates (`relative` to the project) when its text differs from `expected`; with
 * `--check` on the command line it only reports, and exits 1 when the file is out of date.
 */
export function writeGeneratedFile(relative: string, expected: string, command: string): void {
  const path = fileURLToPath(new URL(`../${relative}`, import.meta.url));
  let current: string | undefined;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === expected) return;
  if (process.argv.includes('--check')) {
    process.stderr.write(`${relative} is out of date: run ${command}\n`);
    process.exit(1);
  }
  writeFileSync(path, expected);
  process.stdout.write(`wrote ${relative}\n`);
}
