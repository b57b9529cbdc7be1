import { replacementInput } from './replacement-input';
import { viaEditorBridge } from './via-editor-bridge';

/**
 * Trix keeps its own document and folds consecutive typing into one undo entry: after a plain
 * `execCommand('insertText')`, Ctrl+Z took the whole draft away (measured). The fix goes through its API in
 * the page's main world (the editor bridge), which records an undo entry for it. Where the bridge finds no
 * Trix editor, Trix is sent the `beforeinput` it applies to its document itself, naming the range.
 */
export const trix = viaEditorBridge('trix', replacementInput);
