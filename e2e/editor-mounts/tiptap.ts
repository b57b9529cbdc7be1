import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { MountEditor } from './mount-editor';
import { productMarkers } from './product-markers';

/**
 * Tiptap with its StarterKit, as the new Zammad UI uses it: ProseMirror underneath, with Tiptap's own history.
 * The product's markers go through `editorProps.attributes`, which ProseMirror keeps on its editable.
 */
const mountTiptap: MountEditor = async (placeholder) => {
  const editor = new Editor({
    element: (editable) => placeholder.replaceWith(editable),
    extensions: [StarterKit],
    content: placeholder.innerHTML,
    editorProps: { attributes: productMarkers(placeholder, /^(ProseMirror|tiptap)$/) },
  });
  // Tiptap finishes setting up (and reports it) a task after mounting its view.
  await new Promise((resolve) => editor.on('create', resolve));
  return { readModel: () => editor.getText({ blockSeparator: '\n' }) };
};

export default mountTiptap;
