import { insertText } from './insert-text';
import { viaEditorBridge } from './via-editor-bridge';

/**
 * Froala keeps its own undo stack of HTML snapshots and saves one for typing only after a pause (or on
 * blur): after a plain `execCommand('insertText')` its Ctrl+Z jumped back to an older snapshot, in most runs
 * the empty draft (measured). A synthetic paste did nothing in the core build. The fix goes through its API
 * in the page's main world (the editor bridge): a snapshot before the edit, the escaped text inserted over
 * the range, a snapshot after, one clean undo step. Where the bridge finds no Froala instance, the browser's
 * own insertion still lands the fix, with Froala's undo as it comes.
 */
export const froala = viaEditorBridge('froala', insertText);
