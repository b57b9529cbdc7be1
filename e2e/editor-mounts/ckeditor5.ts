import { ClassicEditor, Essentials, Paragraph, type ModelElement } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import type { MountEditor } from './mount-editor';
import { productMarkers } from './product-markers';

/**
 * CKEditor 5 as Zendesk's composer uses it: a classic editor with typing, undo and paragraphs. Its UI (the
 * `.ck-editor` box with the toolbar and the editable) takes the place of the static page's copy of it.
 */
const mountCkeditor5: MountEditor = async (placeholder) => {
  const editor = await ClassicEditor.create({
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph],
    toolbar: ['undo', 'redo'],
    root: { initialData: placeholder.innerHTML },
  });
  (placeholder.closest('.ck-editor') ?? placeholder).replaceWith(editor.ui.element!);
  // Markers go through the editing view: its renderer drops attributes set on the DOM behind its back.
  editor.editing.view.change((writer) => {
    const root = editor.editing.view.document.getRoot()!;
    for (const [name, value] of Object.entries(productMarkers(placeholder, /^ck(-|$)/))) {
      if (name === 'class') writer.addClass(value.split(/\s+/), root);
      else writer.setAttribute(name, value, root);
    }
  });

  // The model's text, one line per paragraph: what the editor would save, not what its DOM shows.
  const readModel = (): string => {
    const root = editor.model.document.getRoot();
    if (!root) return '';
    return [...root.getChildren()]
      .map((block) => [...(block as ModelElement).getChildren()].map((child) => (child.is('$text') ? child.data : '')).join(''))
      .join('\n');
  };
  return { readModel };
};

export default mountCkeditor5;
