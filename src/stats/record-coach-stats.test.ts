import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../analysis/types';
import type { CoachActions } from '../coach/coach-actions';
import { createCoachStore, type EditorState } from '../coach/coach-store';
import { recordCoachStats } from './record-coach-stats';
import type { StatsRecorder } from './stats-storage';

const finding = (ruleId: string, text: string): Finding => ({ start: 0, end: text.length, text, ruleId, category: 'blame', severity: 'warning', message: 'm', suggestions: [] });

describe('recordCoachStats', () => {
  it('counts a finding once when first shown, and the fixes and ignores chosen', async () => {
    const store = createCoachStore();
    const recorded: string[] = [];
    const recorder: StatsRecorder = { record: (event, rule) => void recorded.push(`${event}:${rule.ruleId}`), recordSend: () => undefined, flush: async () => undefined };
    const actions: CoachActions = { applySuggestion: vi.fn(async () => undefined), ignoreFinding: vi.fn(), ignoreRule: vi.fn(), restoreDraft: vi.fn(async () => undefined), reviewSend: vi.fn(), sendAnyway: vi.fn(), cancelSend: vi.fn() };
    const controller = new AbortController();
    const wrapped = recordCoachStats(store, actions, recorder, controller.signal);
    const a = finding('blame-a', 'you failed');
    const state = { id: 1, findings: [a] } as unknown as EditorState;
    store.editors.value = [state];
    store.editors.value = [{ ...state }];
    store.editors.value = [{ ...state, findings: [a, finding('blame-b', 'your fault')] }];
    await wrapped.applySuggestion(1, a, 'could you');
    wrapped.ignoreRule(1, 'blame-b');
    expect(recorded).toEqual(['shown:blame-a', 'shown:blame-b', 'applied:blame-a', 'ignored:blame-b']);
    expect(actions.applySuggestion).toHaveBeenCalledWith(1, a, 'could you');
    expect(actions.ignoreRule).toHaveBeenCalledWith(1, 'blame-b');
    controller.abort();
  });
});
