import { plainTextTransfer } from './plain-text-transfer';
import type { ReplacementStrategy } from './replacement-strategy';
import { selectAndSettle } from './select-and-settle';

/**
 * The editor's selection on the range, then a synthetic `paste` carrying what `transfer` puts in the
 * clipboard, which editors that handle paste themselves turn into one undoable change of their model.
 */
export function pasteWith(transfer: (text: string, document: Document) => DataTransfer): ReplacementStrategy {
  return async (editor, text, replacement) => {
    if (!(await selectAndSettle(editor, text, replacement.start, replacement.end))) return false;
    const clipboardData = transfer(replacement.text, editor.ownerDocument);
    // Editors cancel the native paste they handle themselves; a paste left alone was ignored.
    return !editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true }));
  };
}

/**
 * A plain-text paste. Measured in Chromium: Draft.js, RoosterJS and CKEditor 4 replace the selection through
 * their model, the text escaped, with a clean Ctrl+Z. CKEditor 4's own API (`CKEDITOR.instances`, in the page's
 * main world) gave the same undo, so it needs no editor bridge.
 */
export const pasteText = pasteWith(plainTextTransfer);
