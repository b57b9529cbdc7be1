import { compromiseWordTags } from '../src/analysis/text/compromise-word-tags';
import { writeGeneratedFile } from './write-generated-file';

/**
 * Writes src/analysis/text/word-tags.json, compromise's words and tags as data, from the installed compromise.
 * Run by `npm run build`; `--check` only reports whether the file is up to date (a unit test checks it too).
 */
writeGeneratedFile('src/analysis/text/word-tags.json', `${JSON.stringify(compromiseWordTags(), null, 1)}\n`, 'npx tsx scripts/write-word-tags.ts');
