import { readEditableText } from '../read-editable-text';
import { sendEditorInput } from '../strategies/send-editor-input';
import { withWholeTextRange } from '../whole-text-range';
import type { BridgeAnswer, BridgeRequest } from './bridge-protocol';

/**
 * Sends an editor Tactful does not know the input the request names, from the page's world, where the editor's
 * handlers read the event's text in every browser. The text is checked again here, as the page may have changed it.
 * Whether the editor applied it is for the extension to read back: taking an event is not yet doing it.
 */
export function replaceInUnknownEditor(root: HTMLElement, request: BridgeRequest): BridgeAnswer {
  if (!request.input) return { status: 'refused', reason: 'no input named' };
  const text = withWholeTextRange(root, readEditableText(root));
  if (text.text.slice(request.start, request.end) !== request.expected) return { status: 'refused', reason: 'the text changed' };
  const range = text.rangeAt(request.start, request.end);
  if (!range) return { status: 'refused', reason: 'the range is not in the editor' };
  return sendEditorInput(root, range, request.text, request.input) ? { status: 'replaced' } : { status: 'unavailable', reason: 'the editor left the input alone' };
}
