import { askEditorBridge } from '../bridge/ask-editor-bridge';
import type { ReplacementStrategy } from './replacement-strategy';
import { replacementInput } from './replacement-input';

/**
 * CKEditor 5 renders its model over DOM edits it did not make, so execCommand is reverted (measured). The
 * fix goes through its model API in the page's main world (the editor bridge), one undo step. Where the
 * bridge finds no editor object, CKEditor is sent the `beforeinput` it handles itself, naming the range.
 */
export const ckeditor5: ReplacementStrategy = async (editor, text, replacement) => {
  const answer = await askEditorBridge(editor, {
    editor: 'ckeditor5',
    start: replacement.start,
    end: replacement.end,
    expected: replacement.expected,
    text: replacement.text,
  });
  if (answer?.status === 'replaced') return true;
  if (answer?.status === 'refused') return false;
  return replacementInput(editor, text, replacement);
};
