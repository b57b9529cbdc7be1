import type { CoachActions } from './coach-actions';
import { CoachSession } from './coach-session';
import type { CoachStore } from './coach-store';
import type { SendEvent } from '../stats/stats';

/** The coaching sessions of one frame, one per reply box. */
export interface CoachSessions {
  /** Coaches a reply box; one already coached keeps its session. */
  start(editor: HTMLElement): void;
  /** Ends every session (the site was turned off); a reply box started again is coached afresh. */
  endAll(): void;
  /** Analyses every draft again, as after a change of the team policy. */
  refreshAll(): void;
  /** What the overlay asks of the session of a reply box, by its id. */
  readonly actions: CoachActions;
}

/**
 * The sessions of a frame's reply boxes. A reply box that a single-page app removes (a ticket closed) ends its
 * session; all end when `signal` aborts. `recordSend` counts what became of the sends held for a last look.
 */
export function createCoachSessions(document: Document, store: CoachStore, signal: AbortSignal, recordSend: (event: SendEvent) => void = () => undefined): CoachSessions {
  const sessions = new Map<HTMLElement, { session: CoachSession; controller: AbortController }>();
  const byId = (id: number): CoachSession | undefined => [...sessions.values()].find((entry) => entry.session.id === id)?.session;
  const end = (editor: HTMLElement): void => {
    sessions.get(editor)?.controller.abort();
    sessions.delete(editor);
  };
  const endAll = (): void => {
    for (const editor of [...sessions.keys()]) end(editor);
  };
  // One check per batch of removals. Observed from the document, not its root: a rewrite (document.open) replaces
  // the root with the reply box in it.
  const removals = new MutationObserver((records) => {
    if (!records.some((record) => record.removedNodes.length > 0)) return;
    for (const editor of [...sessions.keys()]) if (!editor.isConnected) end(editor);
  });
  removals.observe(document, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    removals.disconnect();
    endAll();
  });

  return {
    start(editor) {
      if (sessions.has(editor) || signal.aborted) return;
      const controller = new AbortController();
      sessions.set(editor, { session: new CoachSession(editor, store, controller.signal, undefined, recordSend), controller });
      // Removals inside a shadow root are not seen from the document: a reply box there is watched in its own tree.
      const root = editor.getRootNode();
      if (root instanceof ShadowRoot) removals.observe(root, { childList: true, subtree: true });
    },
    endAll,
    refreshAll() {
      for (const { session } of sessions.values()) session.refresh();
    },
    actions: {
      applySuggestion: async (editorId, finding, suggestion) => byId(editorId)?.apply(finding, suggestion),
      ignoreFinding: (editorId, finding) => byId(editorId)?.ignoreFinding(finding),
      ignoreRule: (editorId, ruleId) => byId(editorId)?.ignoreRule(ruleId),
      restoreDraft: async (editorId) => byId(editorId)?.restoreDraft(),
      reviewSend: (editorId) => byId(editorId)?.sends.review(),
      sendAnyway: (editorId) => byId(editorId)?.sends.sendAnyway(),
      cancelSend: (editorId) => byId(editorId)?.sends.cancel(),
    },
  };
}
