import { escapeHtml } from '../bridge/escape-html';
import { pasteWith } from './paste-text';
import { plainTextTransfer } from './plain-text-transfer';
import type { ReplacementStrategy } from './replacement-strategy';
import { viaEditorBridge } from './via-editor-bridge';

/**
 * TinyMCE inserts a paste through its own command, which first closes the agent's typing undo level, so the
 * fix is one clean Ctrl+Z (measured). `execCommand('insertText')` updated the text but not the undo levels:
 * Ctrl+Z then erased the whole draft. TinyMCE takes a paste itself only when it carries HTML; with plain
 * text alone it lets the browser paste into a hidden "paste bin" and reads it back a task later, so the
 * replacement also goes as escaped HTML.
 */
const pasteHtml = pasteWith((text, document) => {
  const transfer = plainTextTransfer(text);
  transfer.setData('text/html', escapeHtml(document, text));
  return transfer;
});

/** TinyMCE's API in the page's world (the editor bridge), as an undo transaction; nothing else if it is out of reach. */
const viaApi = viaEditorBridge('tinymce', async () => false);

/**
 * A paste first; TinyMCE 5 without its paste plugin leaves a paste alone (the draft unchanged, measured), and
 * then gets the fix through its API.
 */
export const tinymce: ReplacementStrategy = async (editor, text, replacement) => (await pasteHtml(editor, text, replacement)) || viaApi(editor, text, replacement);
