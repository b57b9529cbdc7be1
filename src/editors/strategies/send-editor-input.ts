import type { EditorInput } from '../bridge/bridge-protocol';
import { plainTextTransfer } from './plain-text-transfer';
import { sendReplacementInput } from './replacement-input';

/**
 * Sends one input replacing `range` (the editor's selection already) by `text`, in the world this code runs in;
 * true when the editor took it (cancelled it). Synthetic events have no default action: one left alone changed nothing.
 */
export function sendEditorInput(editor: HTMLElement, range: Range, text: string, input: EditorInput): boolean {
  if (input === 'replacement-input') return sendReplacementInput(editor, range, text);
  const paste = new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: plainTextTransfer(text) });
  // Firefox drops `clipboardData` from the init: an editor would paste nothing over the phrase, so nothing is sent.
  if (paste.clipboardData?.getData('text/plain') !== text) return false;
  return !editor.dispatchEvent(paste);
}
