import { defineContentScript } from 'wxt/utils/define-content-script';
import { createCoachStore } from '../src/coach/coach-store';
import { CoachSession } from '../src/coach/coach-session';
import { setCoachHandle } from '../src/coach/coach-handle';
import type { CoachActions } from '../src/coach/coach-actions';
import { mountOverlay } from '../src/overlay/mount-overlay';

/**
 * The coach: the analysis engine and the overlay. Not in the manifest: the background injects it into a
 * frame the first time the agent focuses a reply box there.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
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
    mountOverlay(document, store, actions, ctx.signal);

    const detach = (editor: HTMLElement): void => {
      sessions.get(editor)?.controller.abort();
      sessions.delete(editor);
    };
    // Reply boxes that single-page apps remove (a ticket closed) end their session; one check per batch of removals.
    const removals = new MutationObserver((records) => {
      if (!records.some((record) => record.removedNodes.length > 0)) return;
      for (const editor of [...sessions.keys()]) if (!editor.isConnected) detach(editor);
    });
    removals.observe(document.documentElement, { childList: true, subtree: true });
    ctx.onInvalidated(() => {
      removals.disconnect();
      for (const editor of [...sessions.keys()]) detach(editor);
    });

    setCoachHandle({
      attach(editor) {
        if (sessions.has(editor)) return;
        const controller = new AbortController();
        sessions.set(editor, { session: new CoachSession(editor, store, controller.signal), controller });
      },
    });
  },
});
