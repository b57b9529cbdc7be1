import { escapeHtml } from './escape-html';
import type { BridgeAnswer, BridgeRequest } from './bridge-protocol';
import { checkedRange } from './checked-range';

/** The few parts of TinyMCE's API the bridge uses; checked at run time, since the page provides them. */
interface TinyMceEditor {
  getBody(): unknown;
  mode?: { isReadOnly?(): boolean };
  focus(): void;
  selection: { setRng(range: Range): void };
  insertContent(html: string): void;
  undoManager: { add(): unknown; transact(callback: () => void): unknown };
}

/**
 * Replaces the range through TinyMCE's API, as one undo step: for a TinyMCE that does not take a paste itself
 * (TinyMCE 5 handles paste only with its paste plugin; without it a synthetic paste changed nothing, measured).
 * The agent's latest typing is saved as an undo level first, then the edit is made as a transaction, which
 * TinyMCE records as one level. The replacement goes in as escaped HTML: page text is never parsed as markup.
 */
export function replaceInTinymce(root: HTMLElement, request: BridgeRequest): BridgeAnswer {
  const editor = findTinymceEditor(root);
  if (!editor) return { status: 'unavailable', reason: 'no TinyMCE editor for the element' };
  if (editor.mode?.isReadOnly?.() === true) return { status: 'refused', reason: 'the editor is read-only' };
  const range = checkedRange(root, request);
  if (!(range instanceof Range)) return range;

  editor.focus();
  editor.undoManager.add();
  editor.undoManager.transact(() => {
    editor.selection.setRng(range);
    editor.insertContent(escapeHtml(root.ownerDocument, request.text));
  });
  return { status: 'replaced' };
}

/**
 * The editor whose body is `root`, among those of the `tinymce` global TinyMCE always sets: in the window
 * around its iframe (classic mode) or in the page itself (inline mode).
 */
function findTinymceEditor(root: HTMLElement): TinyMceEditor | null {
  const view = root.ownerDocument.defaultView;
  const host = (view?.frameElement ? view.parent : view) as unknown as { tinymce?: { get?(): unknown; editors?: unknown } } | null;
  const global = host?.tinymce;
  // TinyMCE 6 and later list their editors from get(); TinyMCE 5 in `editors`.
  const editors: unknown = global?.editors ?? global?.get?.();
  if (!Array.isArray(editors)) return null;
  for (const candidate of editors) {
    const editor = asTinymceEditor(candidate);
    if (editor?.getBody() === root) return editor;
  }
  return null;
}

function asTinymceEditor(value: unknown): TinyMceEditor | null {
  const editor = value as Partial<TinyMceEditor> | null | undefined;
  if (typeof editor !== 'object' || editor === null) return null;
  if (typeof editor.getBody !== 'function' || typeof editor.focus !== 'function' || typeof editor.insertContent !== 'function') return null;
  if (typeof editor.selection?.setRng !== 'function' || typeof editor.undoManager?.add !== 'function' || typeof editor.undoManager.transact !== 'function') return null;
  return editor as TinyMceEditor;
}
