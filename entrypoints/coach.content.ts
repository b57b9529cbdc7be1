import { defineContentScript } from 'wxt/utils/define-content-script';
import { createCoachStore } from '../src/coach/coach-store';
import { CoachSession } from '../src/coach/coach-session';
import { browser } from 'wxt/browser';
import { setCoachHandle, type CoachHandle } from '../src/coach/coach-handle';
import type { CoachStatus, MessagePopupToCS } from '../src/messages';
import type { CoachActions } from '../src/coach/coach-actions';
import { keepOverlayMounted } from '../src/overlay/keep-overlay-mounted';
import { pickAdapter } from '../src/adapters/pick-adapter';
import { followTeamPolicy } from '../src/coach/follow-team-policy';
import { findCoachableEditor } from '../src/detector/find-coachable-editor';
import { deepActiveElement } from '../src/dom/deep-active-element';
import { recordCoachStats } from '../src/stats/record-coach-stats';
import { createStatsRecorder } from '../src/stats/stats-storage';

/**
 * The coach: the analysis engine and the overlay. Not in the manifest: the background injects it into a
 * frame the first time the agent focuses a reply box there.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  // No message posted to the page's window on start: page scripts have no business hearing from Tactful.
  noScriptStartedPostMessage: true,
  registration: 'runtime',
  main(ctx) {
    const store = createCoachStore();
    const sessions = new Map<HTMLElement, { session: CoachSession; controller: AbortController }>();
    const byId = (id: number): CoachSession | undefined => [...sessions.values()].find((entry) => entry.session.id === id)?.session;
    const actions: CoachActions = {
      applySuggestion: async (editorId, finding, suggestion) => byId(editorId)?.apply(finding, suggestion),
      ignoreFinding: (editorId, finding) => byId(editorId)?.ignoreFinding(finding),
      ignoreRule: (editorId, ruleId) => byId(editorId)?.ignoreRule(ruleId),
    };
    keepOverlayMounted(document, store, recordCoachStats(store, actions, createStatsRecorder(), ctx.signal), ctx.signal);

    const detach = (editor: HTMLElement): void => {
      sessions.get(editor)?.controller.abort();
      sessions.delete(editor);
    };
    // Reply boxes that single-page apps remove (a ticket closed) end their session; one check per batch of removals.
    // Observed from the document, not its root: a rewrite (document.open) replaces the root with the reply box in it.
    const removals = new MutationObserver((records) => {
      if (!records.some((record) => record.removedNodes.length > 0)) return;
      for (const editor of [...sessions.keys()]) if (!editor.isConnected) detach(editor);
    });
    removals.observe(document, { childList: true, subtree: true });
    ctx.onInvalidated(() => {
      removals.disconnect();
      for (const editor of [...sessions.keys()]) detach(editor);
    });

    const start = (editor: HTMLElement): void => {
      if (sessions.has(editor) || !policy.enabled()) return;
      const controller = new AbortController();
      sessions.set(editor, { session: new CoachSession(editor, store, controller.signal), controller });
      // Removals inside a shadow root are not seen from the document: a reply box there is watched in its own tree.
      const root = editor.getRootNode();
      if (root instanceof ShadowRoot) removals.observe(root, { childList: true, subtree: true });
    };
    // The team policy applies live: a changed policy re-checks every reply box, a site turned off stops coaching
    // here, and one turned back on coaches the reply box the agent is in.
    const policy = followTeamPolicy(
      store,
      location.hostname,
      (enabled) => {
        if (!enabled) for (const editor of [...sessions.keys()]) detach(editor);
        const focused = findCoachableEditor(deepActiveElement(document));
        if (enabled && focused) start(focused);
      },
      ctx.signal,
    );
    const stopRefreshing = store.policy.subscribe(() => {
      for (const { session } of sessions.values()) session.refresh();
    });
    ctx.onInvalidated(stopRefreshing);

    const handle: CoachHandle = {
      attach(editor) {
        void policy.ready.then(() => start(editor));
      },
      status() {
        const adapter = pickAdapter(location, document);
        return {
          adapter: { id: adapter.id, name: adapter.name },
          replyBoxes: store.editors.value.map((state) => ({
            count: state.findings.length,
            mood: state.customer?.mood ?? 'unknown',
            mode: state.mode,
            customerBy: state.customerBy,
          })),
        };
      },
    };
    setCoachHandle(handle);

    // The popup asks what Tactful does in the tab. Only frames with the coach loaded listen, so pages
    // without a reply box never set up the messaging API; no answer tells the popup the coach is not loaded.
    const answerStatus = (message: MessagePopupToCS, _sender: unknown, respond: (status: CoachStatus) => void): undefined => {
      // Answered at once, so the channel is never held open.
      if (message?.type === 'popup-cs-status') respond(handle.status());
      return undefined;
    };
    browser.runtime.onMessage.addListener(answerStatus);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answerStatus));
  },
});
