import { askEditorBridge } from '../bridge/ask-editor-bridge';
import type { EditorInput } from '../bridge/bridge-protocol';
import { readEditorText } from '../read-editor-text';
import { withWholeTextRange } from '../whole-text-range';
import { insertText } from './insert-text';
import type { ReplacementStrategy } from './replacement-strategy';
import { selectAndSettle } from './select-and-settle';
import { sendEditorInput } from './send-editor-input';

/**
 * The order, measured with `bench/browser/fix-methods.ts` in Chromium 156 on every editor of the browser tests and an
 * in-house editor with its own model whose undo merges typing (e2e/pages/merging-editor): each way sent from the
 * page's world after typing, then one Ctrl+Z.
 * - Replacement `beforeinput`: taken with a clean undo by the editors that apply `beforeinput` to a model (CKEditor 5,
 *   Quill, Lexical, Slate, the in-house editor); left alone, the DOM untouched, by all the others.
 * - Plain-text paste: taken with a clean undo by ProseMirror, Tiptap, CKEditor 4, Quill, Draft.js, RoosterJS,
 *   TinyMCE (through its paste bin, a moment later), CKEditor 5, Lexical, Slate and the in-house editor; ignored by
 *   plain contenteditable, Summernote and Froala.
 * - Typed-text `beforeinput`: reached no editor the two above missed, and the in-house editor merged it into the
 *   typing's undo step (one Ctrl+Z emptied the box): never sent.
 * - `execCommand('insertText')`, the DOM changed by the browser: clean in plain contenteditable, ProseMirror, Tiptap,
 *   Quill, Draft.js, Lexical and Froala; ignored by CKEditor 5 and Slate; Ctrl+Z took more than the fix in
 *   CKEditor 4, TinyMCE, Summernote, RoosterJS and the in-house editor. Last, for editors that took nothing else;
 *   the coach's undo guard offers the draft back where its undo goes wrong.
 */
const inputOrder: readonly EditorInput[] = ['replacement-input', 'paste'];

/** How long an editor that took an input may take to render it (React-rendered editors do so a frame later). */
const renderTimeoutMs = 500;
const pollMs = 25;

/**
 * The safe path for an editor Tactful does not recognise: the editor's own input handling first, each input read
 * back before the next, and the DOM changed behind its back only when it ignored them all. An input the editor
 * took whose change is not the expected one stops the path: verification then reports it, and nothing is sent twice.
 */
export const unknownEditor: ReplacementStrategy = async (editor, text, replacement) => {
  const { start, end } = replacement;
  if (!(await selectAndSettle(editor, text, start, end))) return false;
  for (const input of inputOrder) {
    const current = withWholeTextRange(editor, readEditorText(editor));
    if (current.text !== text.text) return true;
    // An editor that took an input without acting on it may have moved the selection the paste goes to.
    const range = selectionIs(editor, current.rangeAt(start, end)) ?? (await selectAndSettle(editor, current, start, end));
    if (!range) return false;
    const answer = await askEditorBridge(editor, { editor: 'unknown', input, start, end, expected: replacement.expected, text: replacement.text });
    if (answer?.status === 'refused') return false;
    // Without the bridge (it could not be loaded), the same input from the extension's world.
    const taken = answer ? answer.status === 'replaced' : sendEditorInput(editor, range, replacement.text, input);
    if (await changedWithin(editor, text.text, taken ? renderTimeoutMs : pollMs)) return true;
  }
  return insertText(editor, text, replacement);
};

/** `range` when the editor's document selects exactly it, else null. */
function selectionIs(editor: HTMLElement, range: Range | null): Range | null {
  const selection = editor.ownerDocument.getSelection();
  if (!range || !selection || selection.rangeCount !== 1) return null;
  const selected = selection.getRangeAt(0);
  // Ranges in different trees (a selection the document reports outside a shadow root) do not compare: select again.
  if (selected.startContainer.getRootNode() !== range.startContainer.getRootNode()) return null;
  const same = selected.compareBoundaryPoints(Range.START_TO_START, range) === 0 && selected.compareBoundaryPoints(Range.END_TO_END, range) === 0;
  return same ? range : null;
}

/** Whether the editor's text moves away from `before` within `timeoutMs`. */
async function changedWithin(editor: HTMLElement, before: string, timeoutMs: number): Promise<boolean> {
  for (let waited = 0; ; waited += pollMs) {
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    if (readEditorText(editor).text !== before) return true;
    if (waited + pollMs >= timeoutMs) return false;
  }
}
