import { describe, expect, it } from 'vitest';
import { checklistLexicon } from '../rule-packs';
import { checklistLexiconSchema } from './checklist-schema';
import { compileChecklist, findChecklistEvidence } from './find-checklist-evidence';
import { tagSentence } from '../text/tag-sentence';
import { analyzeDraft } from '../index';
import { checklistIds } from './checklist-ids';
import type { ChecklistId, CustomerAnalysis, Signal } from '../types';

const matcher = compileChecklist(checklistLexicon);

function evidenceIds(text: string): ChecklistId[] {
  return findChecklistEvidence(tagSentence(text), matcher).evidence.map((item) => item.id);
}

function customer(mood: CustomerAnalysis['mood'], kinds: Signal['kind'][] = []): CustomerAnalysis {
  const intensity = { calm: 0.1, concerned: 0.35, frustrated: 0.6, angry: 0.9 }[mood];
  return { language: 'en', mood, intensity, sentiment: -intensity * 5, signals: kinds.map((kind) => ({ kind, ruleId: kind, start: 0, end: 1, text: 'x' })) };
}

function statuses(draft: string, from?: CustomerAnalysis): Record<ChecklistId, string> {
  return Object.fromEntries(analyzeDraft(draft, { customer: from }).checklist.map((item) => [item.id, item.status])) as Record<ChecklistId, string>;
}

describe('checklist lexicon', () => {
  it('is valid against its schema', () => {
    expect(checklistLexiconSchema.safeParse(checklistLexicon).success).toBe(true);
  });

  for (const item of checklistLexicon.items) {
    for (const text of item.examples.match) it(`${item.id} is shown by: ${text}`, () => expect(evidenceIds(text)).toContain(item.id));
    for (const text of item.examples.noMatch) it(`${item.id} is not shown by: ${text}`, () => expect(evidenceIds(text)).not.toContain(item.id));
  }
});

describe('reply checklist', () => {
  it('asks a calm how-to question for a solution only', () => {
    const result = statuses('You can change the plan under Settings, then Billing.', customer('calm'));
    expect(result).toMatchObject({ solution: 'met', apology: 'not-needed', empathy: 'not-needed', escalation: 'not-needed', 'next-steps': 'not-needed' });
  });

  it('asks an angry customer threatening to leave for empathy, an apology, a timed next step and an escalation offer', () => {
    const result = statuses('Thanks for your message. We cannot refund this order.', customer('angry', ['churn-risk', 'repeat-contact']));
    expect(result).toMatchObject({ empathy: 'missing', apology: 'missing', ownership: 'missing', 'next-steps': 'missing', escalation: 'missing' });
  });

  it('is met by a reply that carries every element', () => {
    const draft =
      "I understand how frustrating this has been, and I'm sorry the refund is late. I've escalated it to our billing team and I'll make sure it's processed. " +
      "You'll receive the refund within 2 business days, and I'll follow up with you on Friday.";
    const result = statuses(draft, customer('angry', ['legal-threat']));
    expect(Object.values(result).every((status) => status === 'met')).toBe(true);
  });

  it('names the pattern behind every piece of evidence, with its place in the draft', () => {
    const draft = "Hi. I'm sorry for the delay.";
    const apology = analyzeDraft(draft, { customer: customer('frustrated') }).checklist.find((item) => item.id === 'apology');
    expect(apology?.evidence).toContainEqual({ ruleId: 'apology-i-am-sorry', start: 4, end: 13 });
    expect(draft.slice(4, 13)).toBe("I'm sorry");
  });

  it('does not count an insincere apology as an apology', () => {
    expect(statuses("I'm sorry you feel that way.", customer('frustrated')).apology).toBe('missing');
  });

  it('does not count sympathy said on the way to a refusal, and still reads the refusal', () => {
    const result = statuses('We understand your frustration, however we cannot refund this order.', customer('angry'));
    expect(result).toMatchObject({ empathy: 'missing', escalation: 'missing' });
    expect(statuses('We cannot refund this order, and I understand how frustrating that is.', customer('angry')).empathy).toBe('met');
  });

  it('reports items turned off by the policy as not needed', () => {
    const result = analyzeDraft('Thanks.', { customer: customer('angry'), policy: { checklist: { apology: false } } });
    expect(result.checklist.find((item) => item.id === 'apology')).toMatchObject({ status: 'not-needed', hint: expect.stringContaining('policy') });
  });

  it('lists every item once, in playbook order', () => {
    expect(analyzeDraft('Hello').checklist.map((item) => item.id)).toEqual(checklistIds);
  });
});
