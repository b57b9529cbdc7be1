import { describe, expect, it } from 'vitest';
import { analyzeCustomer, analyzeDraft, type AnalysisPolicy } from '../analysis/index';
import { noteLevels, noteModeChecklist, noteModePolicy } from './note-mode';
import { noteLevelsSchema } from './note-levels-schema';

const draft = "Calm down. As I already said, we are sorry if you feel upset. That's not our fault: you didn't attach the file. I guarantee it ships today!!!";

it('keeps only blame and defensive wording in a note, as suggestions', () => {
  const publicReply = analyzeDraft(draft);
  expect(new Set(publicReply.findings.map((finding) => finding.category))).toEqual(
    new Set(['dismissive', 'passive-aggressive', 'insincere-apology', 'defensive', 'blame', 'overpromise', 'shouting']),
  );
  const note = analyzeDraft(draft, { policy: noteModePolicy() });
  expect(note.findings.map((finding) => [finding.category, finding.severity])).toEqual([
    ['defensive', 'suggestion'],
    ['blame', 'suggestion'],
  ]);
});

it("keeps the team's lower levels and the rest of its policy, and returns the same policy object each time", () => {
  const team: AnalysisPolicy = { categories: { blame: 'off', negative: 'error', overpromise: 'warning' }, disabledRules: ['x'], vocabulary: { accept: ['refund'] } };
  const relaxed = noteModePolicy(team);
  expect(relaxed.categories).toMatchObject({ blame: 'off', defensive: 'suggestion', negative: 'off', overpromise: 'off', dismissive: 'off', shouting: 'off' });
  expect(relaxed.disabledRules).toEqual(['x']);
  expect(relaxed.vocabulary).toEqual({ accept: ['refund'] });
  expect(team.categories).toEqual({ blame: 'off', negative: 'error', overpromise: 'warning' });
  // The analyzer and its sentence cache are kept per policy object.
  expect(noteModePolicy(team)).toBe(relaxed);
  expect(noteModePolicy()).toBe(noteModePolicy());
});

it('needs nothing of the reply checklist in a note, whatever the mood', () => {
  const customer = analyzeCustomer('This is the third time I write. I want a refund now or I will cancel my account!');
  const publicReply = analyzeDraft('We will look at it.', { customer });
  expect(publicReply.checklist.some((item) => item.status === 'missing')).toBe(true);
  const checklist = noteModeChecklist(analyzeDraft('We will look at it.', { customer, policy: noteModePolicy() }).checklist);
  expect(checklist.map((item) => item.id)).toEqual(publicReply.checklist.map((item) => item.id));
  expect(new Set(checklist.map((item) => `${item.status}: ${item.hint}`))).toEqual(new Set(['not-needed: Not needed in an internal note.']));
});

describe('note levels', () => {
  it('are valid against their schema', () => {
    expect(noteLevelsSchema.safeParse(noteLevels).error).toBeUndefined();
  });

  for (const { category, team, level } of noteLevels.examples) {
    it(`puts ${category}${team ? ` (team: ${team})` : ''} at ${level} in a note`, () => {
      const policy = team ? { categories: { [category]: team } } : {};
      expect(noteModePolicy(policy).categories?.[category]).toBe(level);
    });
  }
});
