import type { EditorText } from '../editor-text';
import { readEditorText } from '../read-editor-text';
import { selectText } from '../select-text';

/** Longest wait for the browser to report the new selection; it usually comes within a frame. */
const selectionTimeout = 300;

/**
 * Selects [start, end) and waits until the editor has seen the new selection: editors that keep their own
 * selection in their model (Draft.js, Slate, Lexical, TinyMCE) update it on `selectionchange`, and an edit
 * sent in the same task lands at the old caret. Resolves with the selected range, or null when the range
 * could not be selected or the agent changed the text meanwhile (the range would no longer cover the words).
 */
export async function selectAndSettle(editor: HTMLElement, text: EditorText, start: number, end: number): Promise<Range | null> {
  const document = editor.ownerDocument;
  const window = document.defaultView;
  if (!window) return null;
  const seen = new Promise<void>((resolve) => {
    const timer = window.setTimeout(resolve, selectionTimeout);
    document.addEventListener(
      'selectionchange',
      () => {
        window.clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
  if (!selectText(editor, text, start, end)) return null;
  await seen;
  // The editors' own selectionchange listeners run in the same dispatch; one more task lets their updates land.
  await new Promise((resolve) => window.setTimeout(resolve, 0));
  if (readEditorText(editor).text !== text.text) return null;
  return text.rangeAt(start, end);
}
