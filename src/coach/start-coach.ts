import { prepareAnalysis } from '../analysis/prepare-analysis';
import { findCoachableEditor } from '../detector/find-coachable-editor';
import { deepActiveElement } from '../dom/deep-active-element';
import { yieldToPage } from '../dom/yield-to-page';
import { keepOverlayMounted } from '../overlay/keep-overlay-mounted';
import { recordCoachStats } from '../stats/record-coach-stats';
import { createStatsRecorder } from '../stats/stats-storage';
import { answerStatusRequests } from './answer-status-requests';
import { setCoachHandle } from './coach-handle';
import { createCoachSessions } from './coach-sessions';
import { coachStatus } from './coach-status';
import { createCoachStore } from './coach-store';
import { followTeamPolicy } from './follow-team-policy';
import type { StartFailureTracker } from './track-start-failures';

/**
 * The coach in one frame: a session for each reply box the detector hands over (through the coach handle), the
 * overlay, the team policy followed live, and the popup's status question answered. Everything it starts stops
 * when `signal` aborts, as when the extension is updated under the page. A reply box whose session fails to start
 * is reported through `failures`, and the popup hears of it; an error while this sets up is thrown.
 */
export function startCoach(document: Document, signal: AbortSignal, failures: StartFailureTracker): void {
  const store = createCoachStore();
  const recorder = createStatsRecorder();
  const sessions = createCoachSessions(document, store, signal, recorder.recordSend);
  keepOverlayMounted(document, store, recordCoachStats(store, sessions.actions, recorder, signal), signal);

  const start = (editor: HTMLElement): void => {
    if (policy.enabled()) sessions.start(editor);
  };
  // The team policy applies live: a changed policy re-checks every reply box, a site turned off stops coaching
  // here, and one turned back on coaches the reply box the agent is in.
  const policy = followTeamPolicy(
    store,
    document.location.hostname,
    (enabled) => {
      if (!enabled) sessions.endAll();
      const focused = findCoachableEditor(deepActiveElement(document));
      if (enabled && focused) start(focused);
    },
    signal,
  );
  const stopRefreshing = store.policy.subscribe(() => sessions.refreshAll());
  signal.addEventListener('abort', stopRefreshing);

  // The engine gets ready in short tasks once the policy is known, so the first analysis does not freeze the page.
  const engineReady = policy.ready.then(() => prepareAnalysis(store.policy.value, yieldToPage));
  const status = () => coachStatus(store, document);
  setCoachHandle({ attach: (editor) => void engineReady.then(() => start(editor)).catch(failures.fail), status });
  answerStatusRequests(() => failures.current() ?? status(), signal);
}
