import { readEditableText } from '../read-editable-text';
import type { BridgeAnswer, BridgeRequest } from './bridge-protocol';
import { escapeHtml } from './escape-html';

/** The few parts of Froala's API the bridge uses; checked at run time, since the page provides them. */
interface FroalaEditor {
  /** The editable element (`.fr-element`). */
  el: unknown;
  undo: { saveStep(): void };
  html: { insert(html: string): void };
  edit?: { isDisabled?(): boolean };
  /** Saves the undo step of the agent's typing that Froala would otherwise save after its typing timer. */
  keys?: { forceUndo?(): void };
}

/** Froala keeps its instance on the element it was created on, an ancestor of the editable; this far up at most. */
const maxInstanceDepth = 8;

/**
 * Replaces the range through Froala's API, as one undo step. Froala keeps its own undo stack of HTML snapshots
 * and saves one for typing only after a pause in it (or on blur), so an edit it did not make leaves the
 * stack behind: after `execCommand('insertText')`, Ctrl+Z jumped to the last snapshot, often the empty
 * draft (measured). A snapshot saved before the edit keeps the agent's wording, one after makes the fix a single step.
 * The replacement goes in as escaped HTML: page text is never parsed as markup.
 */
export function replaceInFroala(root: HTMLElement, request: BridgeRequest): BridgeAnswer {
  const editor = findFroalaEditor(root);
  if (!editor) return { status: 'unavailable', reason: 'no Froala instance on the element' };
  if (editor.edit?.isDisabled?.() === true) return { status: 'refused', reason: 'the editor is read-only' };

  const text = readEditableText(root);
  if (text.text.slice(request.start, request.end) !== request.expected) return { status: 'refused', reason: 'the text changed' };
  const range = text.rangeAt(request.start, request.end);
  const selection = root.ownerDocument.getSelection();
  if (!range || !selection) return { status: 'refused', reason: 'the range is not in the editor' };

  // Focused first, so that the selection set below is the one Froala edits and the agent's Ctrl+Z reaches it.
  root.focus();
  editor.keys?.forceUndo?.();
  editor.undo.saveStep();
  selection.removeAllRanges();
  selection.addRange(range);
  editor.html.insert(escapeHtml(root.ownerDocument, request.text));
  editor.undo.saveStep();
  return { status: 'replaced' };
}

/**
 * The Froala instance whose editable is exactly `root`: on the element it was created on (`data-froala.editor`,
 * set by Froala's `$oel.data`), or among `FroalaEditor.INSTANCES` when the page exposes the global.
 */
function findFroalaEditor(root: HTMLElement): FroalaEditor | null {
  let element: Element | null = root;
  for (let depth = 0; element && depth <= maxInstanceDepth; depth++, element = element.parentElement) {
    const editor = asFroalaEditor((element as unknown as Record<string, unknown>)['data-froala.editor']);
    if (editor?.el === root) return editor;
  }
  const global = (root.ownerDocument.defaultView as unknown as { FroalaEditor?: { INSTANCES?: unknown } } | null)?.FroalaEditor;
  const instances = global?.INSTANCES;
  if (!Array.isArray(instances)) return null;
  for (const instance of instances) {
    const editor = asFroalaEditor(instance);
    if (editor?.el === root) return editor;
  }
  return null;
}

function asFroalaEditor(value: unknown): FroalaEditor | null {
  const editor = value as Partial<FroalaEditor> | null | undefined;
  if (typeof editor !== 'object' || editor === null) return null;
  if (typeof editor.undo?.saveStep !== 'function' || typeof editor.html?.insert !== 'function') return null;
  return editor as FroalaEditor;
}
