/**
 * npm run eval: every accuracy figure in one run, Tactful beside the lexicon baselines on the same text, for the part
 * of each source that may be read while tuning and for its frozen part, side by side. Verdicts are the frozen part's.
 * `npm run eval -- --only <word>` runs the sections whose name has that word (airline, drafts, agents, ...); `--notes` prints the tuning part's notes.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAirline, runGoEmotions } from './customer-mood';
import { politenessRunner } from './politeness';
import { runIbmAgentReplies, runTwcsAgentReplies } from './agent-replies';
import { draftFindingsRunner } from './draft-findings';
import { customerMessagesRunner } from './customer-messages';
import { languagesRunner } from './languages';
import { baselineNames } from './baselines';
import { parts, type Part } from './frozen-split';
import type { EvalRow, EvalSection, EvalSectionRunner } from './report';

const dataDir = process.env.TACTFUL_DATA ?? fileURLToPath(new URL('../../shared/data', import.meta.url));
const runners: [name: string, runner: EvalSectionRunner][] = [
  ['airline', runAirline],
  ['goemotions', runGoEmotions],
  ['politeness-wikipedia', politenessRunner((dir) => join(dir, 'politeness', 'wikipedia.annotated.csv'), 'Wikipedia', 0.85)],
  // Not in the shared data: kept beside the eval (eval/data/README.md gives its source and licence).
  ['politeness-stack-exchange', politenessRunner(() => fileURLToPath(new URL('data/politeness/stack-exchange.annotated.csv', import.meta.url)), 'Stack Exchange', 0.8)],
  ['agents-twcs', runTwcsAgentReplies],
  ['agents-ibm', runIbmAgentReplies],
  ['drafts', draftFindingsRunner('Agent drafts (hand-labelled, test/fixtures/drafts): findings per category', 'drafts', 'drafts', () => true)],
  ['blind-drafts', draftFindingsRunner('Agent drafts written blind to the rules (test/fixtures/blind)', 'blind-drafts', 'blind', (name) => name.startsWith('drafts-'), 0.85)],
  ['languages', languagesRunner('Languages: replies and messages in six other languages, mixed, and English (test/fixtures/blind)', 'languages', 'blind', (name) => name.startsWith('languages'))],
  ['blind-customers', customerMessagesRunner('Customer messages written blind to the rules (test/fixtures/blind)', 'blind-customers', 'blind', (name) => name.startsWith('customers'))],
];

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]?.toLowerCase() : undefined;
const showNotes = args.includes('--notes');

const format = (value: number | undefined): string => (value === undefined || Number.isNaN(value) ? '-' : value.toFixed(3));

function verdict(row: EvalRow | undefined): string {
  if (row?.target === undefined || Number.isNaN(row.tactful)) return '';
  const met = row.lowerIsBetter ? row.tactful <= row.target : row.tactful >= row.target;
  return `${met ? 'PASS' : 'MISS'} (target ${row.lowerIsBetter ? '<=' : '>='} ${row.target})`;
}

interface SectionParts {
  tune: EvalSection;
  frozen: EvalSection | null;
}

function printSection({ tune, frozen }: SectionParts): void {
  console.log(`\n## ${tune.title} (tune ${tune.size} rows, frozen ${frozen?.size ?? 0})`);
  const hasBaselines = tune.rows.some((row) => row.baselines);
  const header = ['metric'.padEnd(44), 'tune'.padStart(7), 'frozen'.padStart(7), ...(hasBaselines ? baselineNames.map((name) => `${name} (frozen)`.padStart(24)) : [])];
  console.log(header.join(' '));
  for (const row of tune.rows) {
    const frozenRow = frozen?.rows.find((candidate) => candidate.metric === row.metric);
    const cells = [
      row.metric.padEnd(44),
      format(row.tactful).padStart(7),
      format(frozenRow?.tactful).padStart(7),
      ...(hasBaselines ? baselineNames.map((name) => format(frozenRow?.baselines?.[name]).padStart(24)) : []),
    ];
    console.log(`${cells.join(' ')}  ${verdict(frozenRow)}`);
  }
  const notes = tune.notes ?? [];
  for (const note of showNotes ? notes : notes.slice(0, 3)) console.log(`  - ${note}`);
  if (!showNotes && notes.length > 3) console.log(`  - ... ${notes.length - 3} more notes on the tuning part (--notes)`);
}

async function runParts(runner: EvalSectionRunner): Promise<SectionParts | null> {
  const measured: Partial<Record<Part, EvalSection | null>> = {};
  for (const part of parts) measured[part] = await runner(dataDir, part);
  return measured.tune ? { tune: measured.tune, frozen: measured.frozen ?? null } : null;
}

if (!existsSync(dataDir)) console.log(`Public data not found at ${dataDir}: the sections that need it are skipped.`);
const measured: SectionParts[] = [];
for (const [name, runner] of runners) {
  if (only && !name.includes(only)) continue;
  const section = await runParts(runner);
  if (section) measured.push(section);
}
for (const section of measured) printSection(section);
const misses = measured.flatMap(({ tune, frozen }) =>
  (frozen?.rows ?? []).filter((row) => verdict(row).startsWith('MISS')).map((row) => `${tune.title}: ${row.metric.trim()}`),
);
console.log(misses.length === 0 ? '\nEvery target met on the frozen parts.' : `\nTargets missed on the frozen parts:\n${misses.map((miss) => `  ${miss}`).join('\n')}`);
