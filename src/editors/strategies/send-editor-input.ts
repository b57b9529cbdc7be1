import type { EditorInput } from '../bridge/bridge-protocol';
import { plainTextTransfer } from './plain-text-transfer';
import { sendReplacementInput } from './replacement-input';

/**
 * Sends one input replacing `range` (the editor's selection already) by `text`, in the world this code runs in;
 * true when the editor took it (cancelled it). Synthetic events have no default action: one left alone changed nothing.
 */
export function sendEditorInput(editor: HTMLElement, range: Range, text: string, input: EditorInput): boolean {
  if (input === 'replacement-input') return sendReplacementInput(editor, range, text);
  const init = { bubbles: true, cancelable: true, composed: true };
  if (input === 'text-input') return !editor.dispatchEvent(new InputEvent('beforeinput', { ...init, inputType: 'insertText', data: text, targetRanges: [new StaticRange(range)] }));
  return !editor.dispatchEvent(new ClipboardEvent('paste', { ...init, clipboardData: plainTextTransfer(text) }));
}
