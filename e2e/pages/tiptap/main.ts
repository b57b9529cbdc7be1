import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { renderTicket } from '../ticket-message';
import { exposeFixture } from '../fixture-api';

// Tiptap with its StarterKit, as the new Zammad UI uses it: ProseMirror underneath, with Tiptap's own history.
const area = renderTicket('Tiptap');
const editor = new Editor({
  element: area,
  extensions: [StarterKit],
  editorProps: { attributes: { id: 'reply', class: 'editor', role: 'textbox', 'aria-multiline': 'true' } },
});

exposeFixture({
  editor: 'tiptap',
  inputSelector: '#reply',
  readModel: () => editor.getText({ blockSeparator: '\n' }),
});
