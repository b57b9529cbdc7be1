/**
 * Validates every lexicon against its schema and checks that docs/rules.md matches the rule packs.
 * Runs before the build and in the tests; `--write` regenerates docs/rules.md.
 */
import type { z } from 'zod';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtInRulePacks, checklistLexicon } from '../src/analysis/rule-packs';
import { validateRulePacks } from '../src/analysis/rules/validate-rule-packs';
import { checklistLexiconSchema } from '../src/analysis/checklist/checklist-schema';
import { parsePattern } from '../src/analysis/rules/pattern';
import { toneLexiconSchema } from '../src/analysis/tone/tone-lexicon-schema';
import { toneLexicon } from '../src/analysis/tone/tone-lexicon';
import { customerLexiconSchemas } from '../src/analysis/customer/customer-lexicon-schema';
import { textLexiconSchemas } from '../src/analysis/text/text-lexicon-schema';
import { functionWordsSchema } from '../src/analysis/language/function-words-schema';
import { rulesTable } from './rules-table';
import { checklistNeedsSchema } from '../src/analysis/checklist/checklist-needs-schema';
import { requiredDefaultsSchema } from '../src/analysis/checklist/required-defaults-schema';
import { noteLevelsSchema } from '../src/coach/note-levels-schema';
import { noteWordingsSchema } from '../src/coach/note-wordings-schema';
import { softeningSchema } from '../src/analysis/draft/softening-schema';
import { sendButtonNamesSchema } from '../src/adapters/shared/send-button-names-schema';

/** One schema per file of the playbook, `lexicons/playbook/`. */
const playbookSchemas: Record<string, z.ZodType> = {
  'checklist-needs.json': checklistNeedsSchema,
  'required-defaults.json': requiredDefaultsSchema,
  'note-levels.json': noteLevelsSchema,
  'note-wordings.json': noteWordingsSchema,
  'softening.json': softeningSchema,
};

function checklistProblems(): string[] {
  const parsed = checklistLexiconSchema.safeParse(checklistLexicon);
  if (!parsed.success) return parsed.error.issues.map((issue) => `checklist ${issue.path.join('.')}: ${issue.message}`);
  const problems: string[] = [];
  const patterns = [...parsed.data.items.flatMap((item) => [...item.patterns.map((rule) => rule.pattern), ...item.exceptions]), ...parsed.data.inability];
  for (const source of patterns) {
    try {
      parsePattern(source);
    } catch (error) {
      problems.push(`checklist: ${(error as Error).message}`);
    }
  }
  return problems;
}

function toneProblems(): string[] {
  const parsed = toneLexiconSchema.safeParse(toneLexicon);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `tone ${issue.path.join('.')}: ${issue.message}`);
}

function folderProblems(name: string, schemas: Record<string, z.ZodType>): string[] {
  const folder = fileURLToPath(new URL(`../lexicons/${name}/`, import.meta.url));
  const files = readdirSync(folder).filter((file) => file.endsWith('.json'));
  const problems = Object.keys(schemas)
    .filter((file) => !files.includes(file))
    .map((file) => `${name}/${file}: missing`);
  for (const file of files) {
    const schema = schemas[file];
    if (!schema) {
      problems.push(`${name}/${file}: no schema for this file`);
      continue;
    }
    const parsed = schema.safeParse(JSON.parse(readFileSync(`${folder}${file}`, 'utf8')));
    if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => `${name}/${file} ${issue.path.join('.')}: ${issue.message}`));
  }
  return problems;
}

const problems = [
  ...validateRulePacks(builtInRulePacks),
  ...checklistProblems(),
  ...toneProblems(),
  ...folderProblems('customer', customerLexiconSchemas),
  ...folderProblems('text', textLexiconSchemas),
  ...folderProblems('playbook', playbookSchemas),
  ...folderProblems('language', { 'function-words.json': functionWordsSchema }),
  ...folderProblems('adapters', { 'send-button-names.json': sendButtonNamesSchema }),
];
const tablePath = fileURLToPath(new URL('../docs/rules.md', import.meta.url));
const table = rulesTable(builtInRulePacks);
if (process.argv.includes('--write')) writeFileSync(tablePath, table);
else {
  let current = '';
  try {
    current = readFileSync(tablePath, 'utf8');
  } catch {
    current = '';
  }
  if (current !== table) problems.push('docs/rules.md is out of date with lexicons/: run npm run rules-table');
}

if (problems.length > 0) {
  console.error(`Lexicons are invalid:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(`Lexicons valid: ${builtInRulePacks.length} rule packs, ${builtInRulePacks.reduce((n, pack) => n + pack.rules.length, 0)} rules, checklist, tone, customer mood, quoted history and sign-offs, shouting, playbook, languages, send buttons.`);
