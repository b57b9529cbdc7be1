import { pasteText } from './paste-text';
import type { ReplacementStrategy } from './replacement-strategy';

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
export const quill: ReplacementStrategy = async (editor, text, replacement) => {
  const sinceEdit = replacement.editedAt === undefined ? 0 : performance.now() - replacement.editedAt;
  if (sinceEdit < historyDelayMs) await new Promise((resolve) => setTimeout(resolve, historyDelayMs - sinceEdit));
  return pasteText(editor, text, replacement);
};
