import type { EditorText } from './editor-text';
import { readEditableText } from './read-editable-text';

/** The draft in any coached editor: a textarea's value, or a contenteditable root's text. */
export function readEditorText(editor: HTMLElement): EditorText {
  if (editor instanceof HTMLTextAreaElement) {
    return { text: editor.value, rangeAt: () => null, offsetAt: () => null };
  }
  return readEditableText(editor);
}
