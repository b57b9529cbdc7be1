/**
 * Prints the rows of a labelled set under test/fixtures that belong to its tuning part, whole, so misses can be read
 * in context without ever showing the frozen part: `npx tsx eval/print-tune-rows.ts blind drafts- [id ...]`.
 */
import { readJsonLines } from './draft-findings';
import { partOf } from './frozen-split';

const [folder = 'blind', prefix = '', ...ids] = process.argv.slice(2);
/** The eval's source names for each set, so the split here is the split there. */
const sourceOf = (name: string): string =>
  folder === 'drafts' ? 'drafts' : name.startsWith('drafts-') ? 'blind-drafts' : name.startsWith('customers') ? 'blind-customers' : 'languages';
const source = sourceOf(prefix);
for (const row of readJsonLines<{ id: string }>(folder, (name) => name.startsWith(prefix))) {
  if (partOf(source, row.id) !== 'tune') continue;
  if (ids.length > 0 && !ids.includes(row.id)) continue;
  console.log(JSON.stringify(row));
}
