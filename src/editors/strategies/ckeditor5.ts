import { replacementInput } from './replacement-input';
import { viaEditorBridge } from './via-editor-bridge';

/**
 * CKEditor 5 renders its model over DOM edits it did not make, so execCommand is reverted (measured). The
 * fix goes through its model API in the page's main world (the editor bridge), one undo step. Where the
 * bridge finds no editor object, CKEditor is sent the `beforeinput` it handles itself, naming the range.
 */
export const ckeditor5 = viaEditorBridge('ckeditor5', replacementInput);
