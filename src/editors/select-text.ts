import type { EditorText } from './editor-text';

/** Puts the editor's own selection on [start, end) of its text, as if the agent had selected it. */
export function selectText(editor: HTMLElement, text: EditorText, start: number, end: number): boolean {
  if (editor instanceof HTMLTextAreaElement) {
    editor.focus();
    editor.setSelectionRange(start, end);
    return true;
  }
  const range = text.rangeAt(start, end);
  const selection = editor.ownerDocument.getSelection();
  if (!range || !selection) return false;
  editor.focus();
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}
