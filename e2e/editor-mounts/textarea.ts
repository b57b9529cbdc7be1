import type { MountEditor } from './mount-editor';

/** A plain textarea (rich text off, chat inboxes) is its own model: it stays as the page has it. */
const mountTextarea: MountEditor = async (textarea) => {
  if (!(textarea instanceof HTMLTextAreaElement)) throw new Error('the textarea editor mounts on a textarea');
  return { readModel: () => textarea.value };
};

export default mountTextarea;
