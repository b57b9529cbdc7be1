import { ClassicEditor, Essentials, Paragraph, type ModelElement } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { renderTicket } from '../ticket-message';
import { exposeFixture } from '../fixture-api';

// CKEditor 5 as Zendesk's composer uses it: a classic editor with typing, undo and paragraphs.
const area = renderTicket('CKEditor 5');
const source = document.createElement('div');
area.append(source);

void ClassicEditor.create(source, { licenseKey: 'GPL', plugins: [Essentials, Paragraph], toolbar: ['undo', 'redo'] }).then((editor) => {
  // Attributes go through the editing view: its renderer drops attributes set on the DOM behind its back.
  editor.editing.view.change((writer) => {
    const root = editor.editing.view.document.getRoot();
    if (!root) return;
    writer.setAttribute('id', 'reply', root);
    writer.setAttribute('aria-multiline', 'true', root);
  });

  // The model's text, one line per paragraph: what the editor would save, not what its DOM shows.
  const readModel = (): string => {
    const root = editor.model.document.getRoot();
    if (!root) return '';
    return [...root.getChildren()]
      .map((block) => [...(block as ModelElement).getChildren()].map((child) => (child.is('$text') ? child.data : '')).join(''))
      .join('\n');
  };
  exposeFixture({ editor: 'ckeditor5', inputSelector: '#reply', readModel });
});
