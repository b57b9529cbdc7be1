import { readEditableText } from '../read-editable-text';
import type { BridgeAnswer, BridgeRequest } from './bridge-protocol';

/** The few parts of CKEditor 5's API the bridge uses; checked at run time, since the page provides them. */
interface CkEditor {
  isReadOnly: boolean;
  model: {
    change(callback: (writer: CkWriter) => void): unknown;
    insertContent(content: unknown, selectable: CkRange): CkRange;
  };
  editing: {
    view: { focus(): void; domConverter: { domRangeToView(range: Range): unknown } };
    mapper: { toModelRange(viewRange: unknown): CkRange };
  };
}

interface CkRange {
  end: unknown;
  getWalker(): Iterable<{ type: string; item: CkItem }>;
}

interface CkItem {
  is(type: string): boolean;
  data?: unknown;
  getAttributes?(): Iterable<[string, unknown]>;
}

interface CkWriter {
  createText(data: string, attributes?: Iterable<[string, unknown]>): unknown;
  setSelection(position: unknown): void;
}

/**
 * Replaces the range through CKEditor 5's model, as one undo step: CKEditor renders its model over any
 * DOM change it did not make, so neither typing-like DOM edits nor execCommand reach it.
 * The DOM range is mapped to the model by the editor's own converter and mapper, which know its fillers.
 */
export function replaceInCkeditor5(root: HTMLElement, request: BridgeRequest): BridgeAnswer {
  const editor = asCkEditor((root as { ckeditorInstance?: unknown }).ckeditorInstance);
  if (!editor) return { status: 'unavailable', reason: 'no CKEditor 5 instance on the element' };
  if (editor.isReadOnly) return { status: 'refused', reason: 'the editor is read-only' };

  const text = readEditableText(root);
  if (text.text.slice(request.start, request.end) !== request.expected) return { status: 'refused', reason: 'the text changed' };
  const domRange = text.rangeAt(request.start, request.end);
  const viewRange = domRange && editor.editing.view.domConverter.domRangeToView(domRange);
  if (!viewRange) return { status: 'refused', reason: 'the range is not in the editor' };
  const range = editor.editing.mapper.toModelRange(viewRange);
  const { text: modelText, attributes } = readModelRange(range);
  if (modelText !== request.expected) return { status: 'refused', reason: 'the model does not hold the expected text' };

  // Focused first, so that the selection set below is the one the editor renders and the agent's Ctrl+Z reaches it.
  editor.editing.view.focus();
  editor.model.change((writer) => {
    const inserted = editor.model.insertContent(writer.createText(request.text, attributes), range);
    writer.setSelection(inserted.end);
  });
  return { status: 'replaced' };
}

/** The range's text with "\n" between blocks, as Tactful reads the DOM, and the formatting of its first character. */
function readModelRange(range: CkRange): { text: string; attributes: [string, unknown][] | undefined } {
  let text = '';
  let attributes: [string, unknown][] | undefined;
  for (const { type, item } of range.getWalker()) {
    if (type === 'text' && typeof item.data === 'string') {
      attributes ??= item.getAttributes ? [...item.getAttributes()] : undefined;
      text += item.data;
    } else if ((type === 'elementStart' || type === 'elementEnd') && text !== '' && !text.endsWith('\n')) {
      text += '\n';
    }
  }
  return { text: text.replace(/\n$/, ''), attributes };
}

function asCkEditor(value: unknown): CkEditor | null {
  const editor = value as Partial<CkEditor> | null | undefined;
  if (typeof editor !== 'object' || editor === null) return null;
  const { model, editing } = editor;
  if (typeof model?.change !== 'function' || typeof model.insertContent !== 'function') return null;
  if (typeof editing?.view?.focus !== 'function' || typeof editing.view.domConverter?.domRangeToView !== 'function') return null;
  if (typeof editing.mapper?.toModelRange !== 'function') return null;
  return editor as CkEditor;
}
