/** npm run eval: every accuracy figure in one run, Tactful beside the lexicon baselines on the same text. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runAirline, runGoEmotions } from './customer-mood';
import { runPoliteness } from './politeness';
import { runAgentReplies } from './agent-replies';
import { readLabelledDrafts, scoreDrafts } from './draft-findings';
import { baselineNames } from './baselines';
import type { EvalRow, EvalSection, EvalSectionRunner } from './report';

const dataDir = process.env.TACTFUL_DATA ?? fileURLToPath(new URL('../../shared/data', import.meta.url));
const runners: [name: string, runner: EvalSectionRunner][] = [
  ['airline tweets', runAirline],
  ['GoEmotions', runGoEmotions],
  ['politeness', runPoliteness],
  ['agent replies', runAgentReplies],
];

const format = (value: number | undefined): string => (value === undefined || Number.isNaN(value) ? '-' : value.toFixed(3));

function verdict(row: EvalRow): string {
  if (row.target === undefined) return '';
  const met = row.lowerIsBetter ? row.tactful <= row.target : row.tactful >= row.target;
  return `${met ? 'PASS' : 'MISS'} (target ${row.lowerIsBetter ? '<=' : '>='} ${row.target})`;
}

function printSection(section: EvalSection): void {
  console.log(`\n## ${section.title} (${section.size} rows)`);
  const hasBaselines = section.rows.some((row) => row.baselines);
  const header = ['metric'.padEnd(34), 'tactful'.padStart(8), ...(hasBaselines ? baselineNames.map((name) => name.padStart(16)) : [])];
  console.log(header.join(' '));
  for (const row of section.rows) {
    const cells = [row.metric.padEnd(34), format(row.tactful).padStart(8), ...(hasBaselines ? baselineNames.map((name) => format(row.baselines?.[name]).padStart(16)) : [])];
    console.log(`${cells.join(' ')}  ${verdict(row)}`);
  }
  for (const note of section.notes ?? []) console.log(`  - ${note}`);
}

const sections: EvalSection[] = [];
if (!existsSync(dataDir)) console.log(`Public data not found at ${dataDir}: skipping the sections that need it.`);
for (const [name, runner] of runners) {
  const section = existsSync(dataDir) ? await runner(dataDir) : null;
  if (section) sections.push(section);
  else console.log(`(skipped ${name}: its data is not in ${dataDir})`);
}
sections.push(scoreDrafts(readLabelledDrafts()).section);
for (const section of sections) printSection(section);
const misses = sections.flatMap((section) => section.rows.filter((row) => verdict(row).startsWith('MISS')).map((row) => `${section.title}: ${row.metric}`));
console.log(misses.length === 0 ? '\nEvery target met.' : `\nTargets missed:\n${misses.map((miss) => `  ${miss}`).join('\n')}`);
