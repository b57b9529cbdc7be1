import { describe, expect, it } from 'vitest';
import softeningData from '../../../lexicons/playbook/softening.json';
import { analyzeDraft } from '../index';
import { builtInRulePacks } from '../rule-packs';
import { softeningSchema } from './softening-schema';

const softening = softeningSchema.parse(softeningData);

describe('softening', () => {
  it('names rules that exist', () => {
    const ids = new Set(builtInRulePacks.flatMap((pack) => pack.rules.map((rule) => rule.id)));
    expect([...softening.dropped.rules, ...softening.softened.rules].filter((id) => !ids.has(id))).toEqual([]);
  });

  for (const example of softening.examples) {
    it(`leaves ${example.ruleId} ${example.severity === 'none' ? 'out' : `as a ${example.severity}`} in: ${example.draft}`, () => {
      const finding = analyzeDraft(example.draft).findings.find((candidate) => candidate.ruleId === example.ruleId);
      expect(finding?.severity ?? 'none').toBe(example.severity);
    });
  }
});
