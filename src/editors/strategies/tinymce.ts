import { pasteWith } from './paste-text';
import { plainTextTransfer } from './plain-text-transfer';

/**
 * TinyMCE inserts a paste through its own command, which first closes the agent's typing undo level, so the
 * fix is one clean Ctrl+Z (measured). `execCommand('insertText')` updated the text but not the undo levels:
 * Ctrl+Z then erased the whole draft. TinyMCE takes a paste itself only when it carries HTML; with plain
 * text alone it lets the browser paste into a hidden "paste bin" and reads it back a task later, so the
 * replacement also goes as escaped HTML.
 */
export const tinymce = pasteWith((text, document) => {
  const transfer = plainTextTransfer(text);
  const escaper = document.createElement('span');
  escaper.textContent = text;
  transfer.setData('text/html', escaper.innerHTML);
  return transfer;
});
