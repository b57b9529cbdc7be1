import { rulePackSchema, type RulePack } from './rule-pack-schema';
import { parsePattern, PatternSyntaxError } from './pattern';

/** Every problem with the rule packs, as "where: what" lines; empty when they are valid. */
export function validateRulePacks(packs: readonly unknown[]): string[] {
  const problems: string[] = [];
  const seenIds = new Map<string, string>();
  const seenCategories = new Set<string>();
  packs.forEach((raw, index) => {
    const parsed = rulePackSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`pack ${index} ${issue.path.join('.')}: ${issue.message}`);
      return;
    }
    const pack: RulePack = parsed.data;
    if (seenCategories.has(pack.category)) problems.push(`${pack.category}: a second pack for the same category`);
    seenCategories.add(pack.category);
    for (const rule of pack.rules) {
      const where = `${pack.category}/${rule.id}`;
      const other = seenIds.get(rule.id);
      if (other) problems.push(`${where}: the id is used by ${other} too`);
      seenIds.set(rule.id, where);
      if (!rule.id.startsWith(`${pack.category}-`)) problems.push(`${where}: a rule id starts with its category`);
      if (rule.kind !== 'phrase') continue;
      for (const source of [...rule.patterns, ...(rule.exceptions ?? [])]) {
        try {
          parsePattern(source);
        } catch (error) {
          if (!(error instanceof PatternSyntaxError)) throw error;
          problems.push(`${where}: ${error.message}`);
        }
      }
      for (const template of rule.suggestions) {
        const names = [...template.matchAll(/\{([\w-]+)/g)].map((match) => match[1]!);
        if (!rule.patterns.some((source) => names.every((name) => source.includes(`<${name}>`)))) {
          problems.push(`${where}: no pattern captures every group the suggestion "${template}" uses`);
        }
      }
    }
  });
  return problems;
}
