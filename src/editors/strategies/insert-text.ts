import { selectText } from '../select-text';
import type { ReplacementStrategy } from './replacement-strategy';

/**
 * The editor's selection on the range, then the browser's own text insertion: undoable, fires `input`, and
 * editors that watch the DOM (textarea, plain contenteditable, ProseMirror) take it as typing.
 */
export const insertText: ReplacementStrategy = async (editor, text, replacement) => {
  if (!selectText(editor, text, replacement.start, replacement.end)) return false;
  return editor.ownerDocument.execCommand('insertText', false, replacement.text);
};
