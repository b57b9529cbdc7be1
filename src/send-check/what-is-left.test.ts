import { describe, expect, it } from 'vitest';
import type { ChecklistItem, CustomerAnalysis, DraftAnalysis, Finding, Severity } from '../analysis/types';
import { whatIsLeft, type ReplyAtSend } from './what-is-left';

const finding = (start: number, severity: Severity): Finding => ({ start, end: start + 4, text: 'text', ruleId: `rule-${start}`, category: 'blame', severity, message: 'm', suggestions: [] });
const missing: ChecklistItem = { id: 'apology', status: 'missing', hint: 'Apologize.' };
const customer = (mood: CustomerAnalysis['mood']) => ({ language: 'en', mood, intensity: 0.8, sentiment: -3, signals: [] }) as CustomerAnalysis;
const reply = (findings: Finding[], mood: CustomerAnalysis['mood'] = 'angry', mode: ReplyAtSend['mode'] = 'public'): ReplyAtSend => ({
  mode,
  customer: customer(mood),
  analysis: { checklist: [missing, { id: 'solution', status: 'met', hint: '' }] } as unknown as DraftAnalysis,
  findings,
});
const policy = { beforeSend: 'warnings', allowSendAnyway: true, holdNotes: false } as const;

describe('whatIsLeft', () => {
  it('holds errors and warnings in the draft order, never suggestions, and says the worst', () => {
    expect(whatIsLeft(reply([finding(30, 'warning'), finding(5, 'suggestion'), finding(10, 'error')]), policy)).toEqual({
      hold: 'errors',
      findings: [finding(10, 'error'), finding(30, 'warning')],
      checklist: [],
      sendAnyway: true,
    });
    expect(whatIsLeft(reply([finding(5, 'suggestion')]), policy)).toBeNull();
    expect(whatIsLeft(reply([finding(5, 'warning')]), { ...policy, beforeSend: 'errors' })).toBeNull();
  });

  it('lets a note, a clean reply and a policy that holds nothing go at once', () => {
    expect(whatIsLeft(reply([finding(1, 'error')], 'angry', 'note'), policy)).toBeNull();
    expect(whatIsLeft(reply([]), policy)).toBeNull();
    expect(whatIsLeft(reply([finding(1, 'error')]), { ...policy, beforeSend: 'off' })).toBeNull();
  });

  it("holds a note's findings when the team holds notes too, but never for the checklist, which is the customer's", () => {
    const notesToo = { ...policy, beforeSend: 'warnings+checklist', holdNotes: true } as const;
    expect(whatIsLeft(reply([finding(1, 'warning')], 'angry', 'note'), notesToo)).toEqual({ hold: 'warnings', findings: [finding(1, 'warning')], checklist: [], sendAnyway: true });
    expect(whatIsLeft(reply([], 'angry', 'note'), notesToo)).toBeNull();
    expect(whatIsLeft(reply([], 'angry', 'public'), notesToo)?.hold).toBe('checklist');
  });

  it('holds for missing checklist items only when asked, and only for an upset customer', () => {
    const withChecklist = { ...policy, beforeSend: 'warnings+checklist' } as const;
    expect(whatIsLeft(reply([]), withChecklist)).toEqual({ hold: 'checklist', findings: [], checklist: [missing], sendAnyway: true });
    expect(whatIsLeft(reply([], 'calm'), withChecklist)).toBeNull();
    expect(whatIsLeft(reply([]), policy)).toBeNull();
  });

  it('offers sending anyway with an error left only when the team allows it', () => {
    const strict = { ...policy, allowSendAnyway: false };
    expect(whatIsLeft(reply([finding(1, 'error')]), strict)?.sendAnyway).toBe(false);
    expect(whatIsLeft(reply([finding(1, 'warning')]), strict)?.sendAnyway).toBe(true);
  });
});
