import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compromiseWordTags } from '../src/analysis/text/compromise-word-tags';

/**
 * Writes src/analysis/text/word-tags.json, compromise's words and tags as data, from the installed compromise.
 * Run by `npm run build`; `--check` only reports whether the file is up to date (a unit test checks it too).
 */
const relative = 'src/analysis/text/word-tags.json';
const path = fileURLToPath(new URL(`../${relative}`, import.meta.url));
const expected = `${JSON.stringify(compromiseWordTags(), null, 1)}\n`;
let current: string | undefined;
try {
  current = readFileSync(path, 'utf8');
} catch {
  current = undefined;
}
if (current === expected) process.exit(0);
if (process.argv.includes('--check')) {
  process.stderr.write(`${relative} is out of date: run npx tsx scripts/write-word-tags.ts\n`);
  process.exit(1);
}
writeFileSync(path, expected);
process.stdout.write(`wrote ${relative}\n`);
