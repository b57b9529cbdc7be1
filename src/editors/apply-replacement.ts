import type { EditorKind } from './editor-kind';
import { readEditorText } from './read-editor-text';
import type { Replacement, ReplacementOutcome } from './replacement';
import type { ReplacementStrategy } from './strategies/replacement-strategy';
import { insertText } from './strategies/insert-text';
import { ckeditor5 } from './strategies/ckeditor5';
import { froala } from './strategies/froala';
import { quill } from './strategies/quill';
import { pasteText } from './strategies/paste-text';
import { replacementInputInPage } from './strategies/replacement-input';
import { summernote } from './strategies/summernote';
import { tinymce } from './strategies/tinymce';
import { trix } from './strategies/trix';
import { unknownEditor } from './strategies/unknown-editor';
import { withWholeTextRange } from './whole-text-range';

/** The way each editor kind takes an edit so that its model and undo history stay in step. */
const strategies: Partial<Record<EditorKind, ReplacementStrategy>> = {
  ckeditor5,
  quill,
  // ProseMirror and Tiptap (measured) take the default execCommand('insertText') with a clean undo.
  draftjs: pasteText,
  // After execCommand('insertText'), or an ignored beforeinput, their Ctrl+Z took the agent's last typed words (measured).
  roosterjs: pasteText,
  ckeditor4: pasteText,
  lexical: replacementInputInPage('lexical'),
  slate: replacementInputInPage('slate'),
  tinymce,
  summernote,
  froala,
  trix,
  // An editor Tactful does not recognise: its own input handling first, the DOM last (measured, see the strategy).
  contenteditable: unknownEditor,
};

/**
 * Applies a fix through the editor itself, then reads the text back: only the flagged range may have changed.
 * A draft that changed since the analysis is refused untouched.
 */
export async function applyReplacement(editor: HTMLElement, kind: EditorKind, replacement: Replacement): Promise<ReplacementOutcome> {
  // A replacement of the whole draft (a restored draft) also reaches a box emptied of text nodes.
  const before = withWholeTextRange(editor, readEditorText(editor));
  // Any change since the analysis makes the offsets untrustworthy: refuse rather than edit the wrong place.
  if (before.text !== replacement.draft || before.text.slice(replacement.start, replacement.end) !== replacement.expected) return { status: 'stale' };
  const strategy = strategies[kind] ?? insertText;
  if (!(await strategy(editor, before, replacement))) return { status: 'failed', reason: 'the editor refused the edit' };
  return verify(editor, before.text, replacement);
}

/** Waits for the editor to render its model, then checks that exactly the range was replaced. */
async function verify(editor: HTMLElement, before: string, replacement: Replacement): Promise<ReplacementOutcome> {
  const expected = before.slice(0, replacement.start) + replacement.text + before.slice(replacement.end);
  for (let attempt = 0; attempt < 20; attempt++) {
    if (readEditorText(editor).text === expected) return { status: 'applied' };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { status: 'failed', reason: 'the editor did not take the change' };
}
