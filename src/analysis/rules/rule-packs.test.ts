import { describe, expect, it } from 'vitest';
import nlp from 'compromise';
import { builtInRulePacks, checklistLexicon } from '../rule-packs';
import { categoryIds, type Rule, type RulePack } from './rule-pack-schema';
import { validateRulePacks } from './validate-rule-packs';
import { withWordSets } from './pattern';
import { DraftAnalyzer } from '../draft/draft-analyzer';

/** The rule alone, and for a rule that counts only in company, the rules of the categories it needs beside it. */
function analyzerForRule(pack: RulePack, rule: Rule): DraftAnalyzer {
  const company = rule.kind === 'phrase' ? (rule.onlyWith ?? []) : [];
  const own = company.includes(pack.category) ? pack.rules.filter((other) => other === rule || !(other.kind === 'phrase' && other.onlyWith)) : [rule];
  const others = builtInRulePacks.filter((other) => other !== pack && company.includes(other.category));
  return new DraftAnalyzer([{ ...pack, rules: own }, ...others], checklistLexicon, undefined);
}

describe('rule packs', () => {
  it('are valid against the schema, with unique ids and parseable patterns', () => {
    expect(validateRulePacks(builtInRulePacks)).toEqual([]);
  });

  it('cover every category once', () => {
    expect(builtInRulePacks.map((pack) => pack.category).sort()).toEqual([...categoryIds].sort());
  });

  for (const pack of builtInRulePacks) {
    describe(pack.category, () => {
      for (const rule of pack.rules) {
        describe(rule.id, () => {
          for (const example of rule.examples.match) {
            const { text, flagged, suggestion } = typeof example === 'string' ? { text: example, flagged: undefined, suggestion: undefined } : example;
            it(`flags: ${text}`, () => {
              const findings = analyzerForRule(pack, rule).analyze(text).findings;
              expect(findings.map((finding) => finding.ruleId)).toContain(rule.id);
              const finding = findings.find((candidate) => candidate.ruleId === rule.id)!;
              expect(finding.category).toBe(pack.category);
              expect(text.slice(finding.start, finding.end)).toBe(finding.text);
              if (flagged) expect(finding.text).toBe(flagged);
              if (suggestion) expect(finding.suggestions[0]).toBe(suggestion);
            });
            if (rule.kind === 'phrase') {
              it(`is compromise match syntax that compromise also finds in: ${text}`, () => {
                const doc = nlp(text);
                expect(rule.patterns.some((pattern) => doc.match(withWordSets(pattern)).found)).toBe(true);
              });
            }
          }
          for (const text of rule.examples.noMatch) {
            it(`leaves alone: ${text}`, () => {
              const findings = analyzerForRule(pack, rule).analyze(text).findings;
              expect(findings.map((finding) => finding.ruleId)).not.toContain(rule.id);
            });
          }
        });
      }
    });
  }
});
