import type { EditorKind } from './editor-kind';
import { readEditorText } from './read-editor-text';
import type { Replacement, ReplacementOutcome } from './replacement';
import { selectText } from './select-text';

/**
 * Applies a fix through the editor itself, so its model, its undo history and the form it submits stay in
 * step: the editor's selection goes on the flagged range, then the browser's own text insertion replaces it
 * (undoable, and seen by the editor as typing). The text is read back: only that range may have changed.
 */
export async function applyReplacement(editor: HTMLElement, _kind: EditorKind, replacement: Replacement): Promise<ReplacementOutcome> {
  const before = readEditorText(editor);
  // Any change since the analysis makes the offsets untrustworthy: refuse rather than edit the wrong place.
  if (before.text !== replacement.draft || before.text.slice(replacement.start, replacement.end) !== replacement.expected) return { status: 'stale' };
  if (!selectText(editor, before, replacement.start, replacement.end)) return { status: 'failed', reason: 'the flagged words could not be selected' };
  editor.ownerDocument.execCommand('insertText', false, replacement.text);
  return verify(editor, before.text, replacement);
}

/** Waits for the editor to render its model, then checks that exactly the range was replaced. */
async function verify(editor: HTMLElement, before: string, replacement: Replacement): Promise<ReplacementOutcome> {
  const expected = before.slice(0, replacement.start) + replacement.text + before.slice(replacement.end);
  for (let attempt = 0; attempt < 10; attempt++) {
    if (readEditorText(editor).text === expected) return { status: 'applied' };
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  return { status: 'failed', reason: 'the editor did not take the change' };
}
