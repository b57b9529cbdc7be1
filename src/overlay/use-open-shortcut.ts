import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import type { CoachStore } from '../coach/coach-store';
import { isOpenShortcut } from './open-shortcut';

/**
 * The shortcut pressed in the reply box: with a card open, focus goes to its first fix; otherwise the panel opens
 * (taking focus itself) or, already open, gets focus back. Listened for in the capture phase, before the editor's own
 * key handlers, and kept from them: the key is Tactful's.
 */
export function useOpenShortcut(store: CoachStore, editorId: number, editor: HTMLElement, overlay: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const controller = new AbortController();
    editor.addEventListener(
      'keydown',
      (event) => {
        if (!isOpenShortcut(event)) return;
        event.preventDefault();
        event.stopPropagation();
        const focus = (selector: string) => overlay.current?.querySelector<HTMLElement>(selector)?.focus();
        if (store.openCard.peek()?.editorId === editorId) focus('[data-testid=tactful-card] .actions button');
        else if (store.openPanel.peek() === editorId) focus('[data-testid=tactful-panel] h2');
        else store.openPanel.value = editorId;
      },
      { capture: true, signal: controller.signal },
    );
    return () => controller.abort();
  }, [store, editorId, editor, overlay]);
}
