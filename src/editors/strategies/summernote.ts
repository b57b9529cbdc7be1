import { selectText } from '../select-text';
import type { ReplacementStrategy } from './replacement-strategy';

/**
 * Summernote keeps its own undo stack of HTML snapshots and does not record one for typing (unless
 * `recordEveryKeystroke`), so after a plain `execCommand('insertText')` its Ctrl+Z jumped to an older
 * snapshot and took the agent's latest words with it (measured). It records a snapshot on `mouseup` in the
 * editable: one before the edit keeps the agent's wording, one after makes the fix a single undo step.
 */
export const summernote: ReplacementStrategy = async (editor, text, replacement) => {
  if (!selectText(editor, text, replacement.start, replacement.end)) return false;
  const recordSnapshot = (): boolean => editor.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  recordSnapshot();
  const inserted = editor.ownerDocument.execCommand('insertText', false, replacement.text);
  recordSnapshot();
  return inserted;
};
