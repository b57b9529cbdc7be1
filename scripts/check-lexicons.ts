/**
 * Validates every lexicon against its schema and checks that docs/rules.md matches the rule packs.
 * Runs before the build and in the tests; `--write` regenerates docs/rules.md.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtInRulePacks, checklistLexicon } from '../src/analysis/rule-packs';
import { validateRulePacks } from '../src/analysis/rules/validate-rule-packs';
import { checklistLexiconSchema } from '../src/analysis/checklist/checklist-schema';
import { parsePattern } from '../src/analysis/rules/pattern';
import { toneLexiconSchema } from '../src/analysis/tone/tone-lexicon-schema';
import { toneLexicon } from '../src/analysis/tone/tone-lexicon';
import { customerLexiconSchemas } from '../src/analysis/customer/customer-lexicon-schema';
import { functionWordsSchema } from '../src/analysis/language/function-words-schema';
import { functionWords } from '../src/analysis/language/function-words';
import { rulesTable } from './rules-table';

function checklistProblems(): string[] {
  const parsed = checklistLexiconSchema.safeParse(checklistLexicon);
  if (!parsed.success) return parsed.error.issues.map((issue) => `checklist ${issue.path.join('.')}: ${issue.message}`);
  const problems: string[] = [];
  const patterns = [...parsed.data.items.flatMap((item) => [...item.patterns, ...item.exceptions]), ...parsed.data.inability];
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

function languageProblems(): string[] {
  const parsed = functionWordsSchema.safeParse(functionWords);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `language/function-words ${issue.path.join('.')}: ${issue.message}`);
}

function customerProblems(): string[] {
  const folder = fileURLToPath(new URL('../lexicons/customer/', import.meta.url));
  const files = readdirSync(folder).filter((file) => file.endsWith('.json'));
  const problems = Object.keys(customerLexiconSchemas)
    .filter((file) => !files.includes(file))
    .map((file) => `customer/${file}: missing`);
  for (const file of files) {
    const schema = customerLexiconSchemas[file];
    if (!schema) {
      problems.push(`customer/${file}: no schema for this file`);
      continue;
    }
    const parsed = schema.safeParse(JSON.parse(readFileSync(`${folder}${file}`, 'utf8')));
    if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => `customer/${file} ${issue.path.join('.')}: ${issue.message}`));
  }
  return problems;
}

const problems = [...validateRulePacks(builtInRulePacks), ...checklistProblems(), ...toneProblems(), ...languageProblems(), ...customerProblems()];
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
console.log(`Lexicons valid: ${builtInRulePacks.length} rule packs, ${builtInRulePacks.reduce((n, pack) => n + pack.rules.length, 0)} rules, checklist, tone, languages, customer mood.`);
