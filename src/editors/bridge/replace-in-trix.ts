import type { BridgeAnswer, BridgeRequest } from './bridge-protocol';
import { checkedRange } from './checked-range';

/** The few parts of Trix's editor API (`trix-editor` element's `editor`) the bridge uses; checked at run time. */
interface TrixEditor {
  getDocument(): { toString(): string };
  setSelectedRange(range: [number, number]): void;
  recordUndoEntry(description: string): void;
  insertString(text: string): void;
}

/**
 * Replaces the range through Trix's own document, as one undo step. Trix folds consecutive typing into one
 * undo entry and keeps its model apart from the DOM: after `execCommand('insertText')` its Ctrl+Z took the
 * whole draft away (measured). An undo entry recorded just before the edit holds the agent's draft as it was.
 * Trix's offsets count "\n" between blocks as Tactful's do; its own document is checked to hold the words.
 */
export function replaceInTrix(root: HTMLElement, request: BridgeRequest): BridgeAnswer {
  const editor = asTrixEditor(root.localName === 'trix-editor' ? (root as { editor?: unknown }).editor : undefined);
  if (!editor) return { status: 'unavailable', reason: 'no Trix editor on the element' };
  const range = checkedRange(root, request);
  if (!(range instanceof Range)) return range;
  if (editor.getDocument().toString().slice(request.start, request.end) !== request.expected) {
    return { status: 'refused', reason: 'the document does not hold the expected text' };
  }
  root.focus();
  editor.setSelectedRange([request.start, request.end]);
  editor.recordUndoEntry('Replace wording');
  editor.insertString(request.text);
  return { status: 'replaced' };
}

function asTrixEditor(value: unknown): TrixEditor | null {
  const editor = value as Partial<TrixEditor> | null | undefined;
  if (typeof editor !== 'object' || editor === null) return null;
  if (typeof editor.getDocument !== 'function' || typeof editor.setSelectedRange !== 'function') return null;
  if (typeof editor.recordUndoEntry !== 'function' || typeof editor.insertString !== 'function') return null;
  return editor as TrixEditor;
}
