import { contentModelToText, createEditor, createModelFromHtml } from 'roosterjs';
import type { MountEditor } from './mount-editor';

/**
 * RoosterJS as Outlook on the web composes with it: the editor runs on the product's own message-body div, so its
 * markers stay where they are. Seeded with the draft as a content model: RoosterJS renders that model over the
 * div's children and keeps the ids Outlook's quoted history and signature go by (`#divRplyFwdMsg`, `#Signature`).
 */
const mountRoosterjs: MountEditor = async (placeholder) => {
  if (!(placeholder instanceof HTMLDivElement)) throw new Error('RoosterJS edits in a div');
  const editor = createEditor(placeholder, [], createModelFromHtml(placeholder.innerHTML));
  return { readModel: () => contentModelToText(editor.getContentModelCopy('disconnected'), '\n') };
};

export default mountRoosterjs;
