import { readEditableText } from '../read-editable-text';
import { sendReplacementInput } from '../strategies/replacement-input';
import type { BridgeAnswer, BridgeRequest } from './bridge-protocol';

/**
 * Replaces the range by the `beforeinput` that Lexical and Slate apply to their model, dispatched from the
 * page's world: there its DataTransfer carries the text to the editor's handler in every browser. The range is
 * the one the extension selected and checked; the text is checked again here, as the page may have changed it.
 */
export function replaceByInputEvent(root: HTMLElement, request: BridgeRequest): BridgeAnswer {
  const text = readEditableText(root);
  if (text.text.slice(request.start, request.end) !== request.expected) return { status: 'refused', reason: 'the text changed' };
  const range = text.rangeAt(request.start, request.end);
  if (!range) return { status: 'refused', reason: 'the range is not in the editor' };
  return sendReplacementInput(root, range, request.text) ? { status: 'replaced' } : { status: 'unavailable', reason: 'the editor left the input event alone' };
}
