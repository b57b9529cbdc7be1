import type { CoachActions } from '../coach/coach-actions';
import { findingKey, type CoachStore } from '../coach/coach-store';
import type { StatsRecorder } from './stats-storage';

/**
 * Counts findings as the coach first shows them (once per reply box and wording, not per keystroke), and the
 * fixes and ignores the agent chooses, by passing the overlay's actions through.
 */
export function recordCoachStats(store: CoachStore, actions: CoachActions, recorder: StatsRecorder, signal: AbortSignal): CoachActions {
  const seen = new Set<string>();
  const stop = store.editors.subscribe((editors) => {
    for (const state of editors) {
      for (const finding of state.findings) {
        const key = `${state.id}\u0000${findingKey(finding)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        recorder.record('shown', finding);
      }
    }
  });
  signal.addEventListener('abort', () => {
    stop();
    void recorder.flush();
  });
  const findingsOf = (editorId: number) => store.editors.value.find((state) => state.id === editorId)?.findings ?? [];
  return {
    applySuggestion: async (editorId, finding, suggestion) => {
      recorder.record('applied', finding);
      return actions.applySuggestion(editorId, finding, suggestion);
    },
    ignoreFinding: (editorId, finding) => {
      recorder.record('ignored', finding);
      return actions.ignoreFinding(editorId, finding);
    },
    ignoreRule: (editorId, ruleId) => {
      for (const finding of findingsOf(editorId)) if (finding.ruleId === ruleId) recorder.record('ignored', finding);
      return actions.ignoreRule(editorId, ruleId);
    },
    restoreDraft: (editorId) => actions.restoreDraft(editorId),
    reviewSend: (editorId) => actions.reviewSend(editorId),
    sendAnyway: (editorId) => actions.sendAnyway(editorId),
    cancelSend: (editorId) => actions.cancelSend(editorId),
  };
}
