import { useEffect, useRef } from 'preact/hooks';
import { selectedRangeIn } from '../dom/selected-range-in';

type Caret = { start: number; end: number; direction: 'forward' | 'backward' | 'none' } | StaticRange;

/**
 * Remembers where the caret was each time focus leaves the reply box, and gives back a function that returns focus
 * there with the caret (or selection) as it was: `focus()` alone puts a contenteditable's caret at its start once
 * anything in the overlay has moved the page's selection.
 */
export function useRememberedCaret(editor: HTMLElement): () => void {
  const caret = useRef<Caret | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    caret.current = null;
    editor.addEventListener(
      'focusout',
      () => {
        if (editor instanceof HTMLTextAreaElement) {
          caret.current = { start: editor.selectionStart, end: editor.selectionEnd, direction: editor.selectionDirection };
          return;
        }
        const range = selectedRangeIn(editor);
        caret.current = range && editor.contains(range.startContainer) ? new StaticRange(range) : null;
      },
      { signal: controller.signal },
    );
    return () => controller.abort();
  }, [editor]);

  return () => {
    editor.focus({ preventScroll: true });
    const saved = caret.current;
    if (!saved) return;
    if (editor instanceof HTMLTextAreaElement) {
      if (!(saved instanceof StaticRange)) editor.setSelectionRange(Math.min(saved.start, editor.value.length), Math.min(saved.end, editor.value.length), saved.direction);
      return;
    }
    if (!(saved instanceof StaticRange) || saved.startContainer.isConnected === false || saved.endContainer.isConnected === false) return;
    const now = selectedRangeIn(editor);
    if (now && now.startContainer === saved.startContainer && now.startOffset === saved.startOffset && now.endContainer === saved.endContainer && now.endOffset === saved.endOffset) return;
    const length = (node: Node) => (node.nodeType === Node.TEXT_NODE ? (node as Text).length : node.childNodes.length);
    editor.ownerDocument
      .getSelection()
      ?.setBaseAndExtent(saved.startContainer, Math.min(saved.startOffset, length(saved.startContainer)), saved.endContainer, Math.min(saved.endOffset, length(saved.endContainer)));
  };
}
