import { useEffect } from 'preact/hooks';
import { findingKey, type CoachStore, type EditorState } from '../coach/coach-store';
import { deepActiveElement } from '../dom/deep-active-element';
import { selectedRangeIn } from '../dom/selected-range-in';
import { findingAt } from './finding-at';

/**
 * Opens a finding's card when the agent clicks into its phrase or moves the caret into it, and closes it
 * when the caret leaves or focus goes elsewhere on the page. The caret is read only while the editor has
 * focus, so using the overlay (which takes focus) never closes the card. A click reopens a card dismissed with Esc; plain caret moves inside
 * the same phrase do not.
 */
export function useCaretFinding(store: CoachStore, editorId: number, editor: HTMLElement): void {
  useEffect(() => {
    const controller = new AbortController();
    const document = editor.ownerDocument;
    let current: string | null = null;

    const caretOffset = (state: EditorState): number | null => {
      // In a shadow tree the document reports focus and selection at the host: both are read in the editor's own tree.
      const focused = deepActiveElement(document);
      if (editor instanceof HTMLTextAreaElement) {
        if (focused !== editor || editor.selectionStart !== editor.selectionEnd) return null;
        return editor.selectionStart;
      }
      const caret = selectedRangeIn(editor);
      if (!caret?.collapsed || !editor.contains(focused)) return null;
      return state.text.offsetAt(caret.startContainer, caret.startOffset);
    };

    const check = (clicked: boolean): void => {
      const state = store.editors.peek().find((candidate) => candidate.id === editorId);
      if (!state) return;
      const offset = caretOffset(state);
      if (offset === null) return;
      const finding = findingAt(state.findings, offset);
      const key = finding ? `${findingKey(finding)}\u0000${finding.start}` : null;
      const open = store.openCard.peek();
      if (finding && (clicked || key !== current)) store.openCard.value = { editorId, finding };
      else if (!finding && open?.editorId === editorId) store.openCard.value = null;
      current = key;
    };

    document.addEventListener('selectionchange', () => check(false), { capture: true, signal: controller.signal });
    // The caret is already in place when the click event fires.
    editor.addEventListener('click', () => check(true), { signal: controller.signal });
    // Focus leaving for the page closes the card; focus moving into the overlay (the card's buttons) does not.
    editor.addEventListener(
      'focusout',
      (event) => {
        const to = event.relatedTarget;
        if (to instanceof Element && to.localName === 'tactful-overlay') return;
        if (store.openCard.peek()?.editorId === editorId) store.openCard.value = null;
        current = null;
      },
      { signal: controller.signal },
    );
    return () => controller.abort();
  }, [store, editorId, editor]);
}
