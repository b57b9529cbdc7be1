import { readEditableText } from '../read-editable-text';
import type { BridgeAnswer, BridgeRequest } from './bridge-protocol';

/**
 * The DOM range of the request in the root's text, checked again in the page's world (the page may have changed
 * the text since the extension looked), or the refusal to answer with.
 */
export function checkedRange(root: HTMLElement, request: BridgeRequest): Range | BridgeAnswer {
  const text = readEditableText(root);
  if (text.text.slice(request.start, request.end) !== request.expected) return { status: 'refused', reason: 'the text changed' };
  return text.rangeAt(request.start, request.end) ?? { status: 'refused', reason: 'the range is not in the editor' };
}

/** Puts the page's selection on `range`, where the editor's API reads it from. */
export function selectRange(root: HTMLElement, range: Range): void {
  const selection = root.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
