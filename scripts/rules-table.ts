import type { Rule, RulePack } from '../src/analysis/rules/rule-pack-schema';

const escapeCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function firstExample(rule: Rule): string {
  const example = rule.examples.match[0]!;
  return typeof example === 'string' ? example : example.text;
}

function whatItCatches(rule: Rule): string {
  if (rule.kind === 'phrase') return rule.patterns.map((pattern) => `\`${pattern}\``).join('<br>');
  if (rule.kind === 'capitals') return `${rule.minWords}+ capitalised words in a row, or one of ${rule.minLettersAlone}+ letters (acronyms excepted)`;
  return `a run of ${rule.minRun}+ of \`!?\` (after thanks or praise, up to ${rule.enthusiasmMaxRun} \`!\` are warmth)`;
}

/** The rules table for the docs, generated from the rule packs so it never drifts from them. */
export function rulesTable(packs: readonly RulePack[]): string {
  const lines = [
    '# Tactful rules',
    '',
    'Generated from `lexicons/*.json` by `npm run rules-table`; do not edit by hand.',
    'Patterns use compromise match syntax: `(a|b)` alternatives, `#Tag` parts of speech, `?` optional, `*` any words within the clause, `[<name> ...]` a part that suggestions reuse.',
    '',
  ];
  for (const pack of packs) {
    lines.push(`## ${pack.title} (\`${pack.category}\`)`, '', pack.description, '', '| rule | severity | catches | example | why |', '| --- | --- | --- | --- | --- |');
    for (const rule of pack.rules) {
      lines.push(`| \`${rule.id}\` | ${rule.severity} | ${escapeCell(whatItCatches(rule))} | ${escapeCell(firstExample(rule))} | ${escapeCell(rule.message)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
