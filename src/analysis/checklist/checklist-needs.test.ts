import { describe, expect, it } from 'vitest';
import { checklistNeeds, neededItems } from './evaluate-checklist';
import { checklistNeedsSchema } from './checklist-needs-schema';
import { checklistIds } from './checklist-ids';

describe('checklist needs', () => {
  it('are valid against their schema', () => {
    expect(checklistNeedsSchema.safeParse(checklistNeeds).error).toBeUndefined();
  });

  for (const { mood, signals, solution, inability = false, needed } of checklistNeeds.examples) {
    it(`${mood ?? 'unknown mood'} with ${signals.join(', ') || 'no signal'}, ${solution ? 'solved' : 'unsolved'}${inability ? ', unable' : ''}: ${needed.join(', ')}`, () => {
      const customer = mood && { language: 'en', mood, intensity: 0.5, sentiment: 0, signals: signals.map((kind) => ({ kind, ruleId: kind, start: 0, end: 1, text: 'x' })) };
      const found = neededItems(customer, solution, inability);
      expect(checklistIds.filter((id) => found.has(id))).toEqual(needed);
    });
  }
});
