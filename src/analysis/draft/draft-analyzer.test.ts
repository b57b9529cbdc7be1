import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../index';
import { DraftAnalyzer } from './draft-analyzer';
import { builtInRulePacks, checklistLexicon } from '../rule-packs';
import type { AnalysisPolicy } from '../analysis-policy';

describe('analyzeDraft', () => {
  it('gives offsets that slice the draft to the finding text, across sentences and lines', () => {
    const draft = 'Hi Sam,\n\nThanks for writing. As I already said, the refund takes 5 days.\nCalm down, please.';
    const { findings } = analyzeDraft(draft);
    expect(findings.map((f) => [f.ruleId, draft.slice(f.start, f.end)])).toEqual([
      ['passive-aggressive-as-i-said', 'As I already said'],
      ['dismissive-calm-down', 'Calm down'],
    ]);
    for (const finding of findings) expect(draft.slice(finding.start, finding.end)).toBe(finding.text);
  });

  it('leaves the tone of shouted words to the shouting finding, and keeps what they say', () => {
    const categories = (draft: string) => analyzeDraft(draft).findings.map((finding) => finding.category);
    expect(categories('I TOLD YOU ALREADY, the deadline was yesterday.')).toEqual(['shouting']);
    expect(categories('WE CANNOT EXTEND THIS DATE AGAIN.')).toEqual(['shouting']);
    expect(categories('As I already told you, the deadline was yesterday.')).toEqual(['passive-aggressive']);
    expect(categories('YOU SHOULD HAVE read the terms.')).toEqual(expect.arrayContaining(['blame', 'shouting']));
  });

  it('counts offsets in UTF-16 units, past emoji and accents', () => {
    const draft = 'Héllo 👋 Zoë! Obviously the code is case-sensitive.';
    const finding = analyzeDraft(draft).findings[0]!;
    expect(draft.slice(finding.start, finding.end)).toBe('Obviously');
  });

  it.each([
    'I understand how frustrating this is.',
    'As you mentioned, the box arrived damaged.',
    "I can't wait to hear how the new plan works for you.",
    'Just to confirm, is your order number 4471?',
    'You should receive the refund within 3 to 5 business days.',
    "That's not the experience we want you to have.",
    'No problem at all!',
    "I'm sorry for the trouble this caused, and I've refunded the fee.",
  ])('leaves an empathetic or neutral use alone: %s', (draft) => {
    expect(analyzeDraft(draft).findings).toEqual([]);
  });

  it('does not analyse quoted history or the signature', () => {
    const draft = [
      "Hi Dana, I've refunded the fee.",
      '',
      'Best regards,',
      'Sam OBVIOUSLY',
      '',
      'On Mon, 2 Mar 2026 at 10:02, Dana <dana@example.com> wrote:',
      '> Calm down? You never answer. As I already said, this is impossible!!!',
    ].join('\n');
    expect(analyzeDraft(draft).findings).toEqual([]);
  });

  it('skips "> " quoted lines inside the reply', () => {
    expect(analyzeDraft('> calm down\nThanks, I have updated the address.').findings).toEqual([]);
  });

  it('returns after an edit exactly what a fresh analysis returns', () => {
    const warm = new DraftAnalyzer(builtInRulePacks, checklistLexicon, undefined);
    let draft = 'Thanks for waiting. As I already said, we cannot refund it. Obviously the fee stays.';
    warm.analyze(draft);
    for (const edit of [' Calm down.', ' Sorry if you feel upset', '!!', ' I will follow up by Friday.']) {
      draft += edit;
      const fresh = new DraftAnalyzer(builtInRulePacks, checklistLexicon, undefined).analyze(draft);
      expect(warm.analyze(draft)).toEqual(fresh);
    }
  });

  it('suggests replacements fitted to the match', () => {
    const draft = "Hi, you didn't attach the file. We apologize for any inconvenience.";
    const [blame, apology] = analyzeDraft(draft).findings;
    expect(blame).toMatchObject({ text: "you didn't attach the file.", suggestions: ['could you attach the file?', 'would you mind trying to attach the file?'] });
    expect(apology).toMatchObject({ category: 'insincere-apology', severity: 'suggestion' });
    expect(apology!.suggestions[0]).toMatch(/^I'm sorry for the trouble/);
  });

  it('grows a match that starts or ends inside a contraction to whole words', () => {
    const draft = "Sadly it's not possible. You'll definitely get it tomorrow.";
    const findings = analyzeDraft(draft).findings;
    expect(findings.map((f) => draft.slice(f.start, f.end))).toEqual(["it's not possible", "You'll definitely get"]);
    expect(findings[1]!.suggestions[0]).toBe('You should get');
  });

  it('scores courteous drafts above rude ones', () => {
    const courteous = analyzeDraft("I'm so sorry about the delay, and thank you for your patience. I've refunded the fee and I'll check in on Friday.");
    const rude = analyzeDraft('Calm down. As I already said, you should have read the terms. This is your fault.');
    expect(courteous.tone).toBeGreaterThan(70);
    expect(rude.tone).toBeLessThan(30);
  });
});

describe('policies', () => {
  const draft = 'Obviously we cannot refund it, as I already said.';

  it('turns a category off, or changes its severity', () => {
    const policy: AnalysisPolicy = { categories: { dismissive: 'off', negative: 'error' } };
    const findings = analyzeDraft(draft, { policy }).findings;
    expect(findings.map((f) => f.category)).not.toContain('dismissive');
    expect(findings.find((f) => f.category === 'negative')?.severity).toBe('error');
  });

  it('disables single rules', () => {
    const findings = analyzeDraft(draft, { policy: { disabledRules: ['passive-aggressive-as-i-said'] } }).findings;
    expect(findings.map((f) => f.ruleId)).not.toContain('passive-aggressive-as-i-said');
  });

  it("flags the team's own phrases like a built-in rule", () => {
    const policy: AnalysisPolicy = {
      custom: [{ id: 'team-no-ticket-speak', phrases: ['per our SLA'], category: 'defensive', severity: 'warning', message: 'Say when, not SLA.', suggestions: ['we aim to reply within a day'] }],
    };
    const [finding] = analyzeDraft('Per our SLA, replies take a day.', { policy }).findings;
    expect(finding).toMatchObject({ ruleId: 'team-no-ticket-speak', text: 'Per our SLA', suggestions: ['We aim to reply within a day'] });
  });

  it('never flags accepted vocabulary', () => {
    const findings = analyzeDraft(draft, { policy: { vocabulary: { accept: ['obviously'] } } }).findings;
    expect(findings.map((f) => f.category)).not.toContain('dismissive');
  });
});
