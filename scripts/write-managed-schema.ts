import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { managedSchemaFile, managedSchemaPath } from '../src/policy/managed-schema';

/**
 * Writes public/managed-schema.json, the manifest's `storage.managed_schema`, from the policy's zod schema.
 * Run by `npm run build`; `--check` only reports whether the file is up to date (a unit test checks it too).
 */
const path = fileURLToPath(new URL(`../${managedSchemaPath}`, import.meta.url));
const expected = managedSchemaFile();
let current: string | undefined;
try {
  current = readFileSync(path, 'utf8');
} catch {
  current = undefined;
}
if (current === expected) process.exit(0);
if (process.argv.includes('--check')) {
  process.stderr.write(`${managedSchemaPath} is out of date: run npm run policy-schema\n`);
  process.exit(1);
}
writeFileSync(path, expected);
process.stdout.write(`wrote ${managedSchemaPath}\n`);
