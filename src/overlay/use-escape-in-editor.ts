import { useEffect } from 'preact/hooks';
import type { CoachStore } from '../coach/coach-store';

/** Esc typed in the editor drops a held send, or closes this editor's card and panel, when one is open; otherwise the key is the page's. */
export function useEscapeInEditor(store: CoachStore, editorId: number, editor: HTMLElement): void {
  useEffect(() => {
    const controller = new AbortController();
    editor.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape' || event.isComposing) return;
        if (store.sendCheck.peek()?.editorId === editorId) {
          // A held send: Esc drops it, as in its card.
          store.sendCheck.value = null;
          event.preventDefault();
          return;
        }
        const cardOpen = store.openCard.peek()?.editorId === editorId;
        const panelOpen = store.openPanel.peek() === editorId;
        if (!cardOpen && !panelOpen) return;
        if (cardOpen) store.openCard.value = null;
        if (panelOpen) store.openPanel.value = null;
        event.preventDefault();
      },
      { signal: controller.signal },
    );
    return () => controller.abort();
  }, [store, editorId, editor]);
}
