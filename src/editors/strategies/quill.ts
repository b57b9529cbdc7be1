import { pasteText } from './paste-text';
import type { ReplacementStrategy } from './replacement-strategy';
import { viaEditorBridge } from './via-editor-bridge';

/**
 * Quill's history folds every change made within this long of the first change of an undo step into that
 * step (its `history.delay`, by default 1 s). A fix sent sooner after the agent's typing would share an
 * undo step with it, and Ctrl+Z would take the agent's last words away with the fix (measured).
 */
const historyDelayMs = 1000;

/**
 * Quill 2 keeps its instances out of reach (a private WeakMap, no `__quill`), so neither the bridge nor the
 * content script can call its API or cut its history. A plain-text paste reaches its clipboard module,
 * which replaces the selection through `updateContents` as a user change, one undo step once the history
 * window since the agent's typing has passed (waited out when the typing is recent or its time unknown). Nothing is selected while waiting: a key pressed meanwhile
 * would overwrite the flagged words.
 */
const quill2: ReplacementStrategy = async (editor, text, replacement) => {
  // Quill 1 pastes through a hidden `.ql-clipboard` element the browser pastes into: a synthetic paste
  // carries nothing there and Quill deletes the selected words (measured). Without its API, leave it alone.
  if (editor.parentElement?.querySelector(':scope > .ql-clipboard')) return false;
  const sinceEdit = replacement.editedAt === undefined ? 0 : performance.now() - replacement.editedAt;
  if (sinceEdit < historyDelayMs) await new Promise((resolve) => setTimeout(resolve, historyDelayMs - sinceEdit));
  return pasteText(editor, text, replacement);
};

/** Quill 1 through its API in the page's world (the editor bridge), which cuts its history around the fix; Quill 2 by a paste. */
export const quill = viaEditorBridge('quill', quill2);
