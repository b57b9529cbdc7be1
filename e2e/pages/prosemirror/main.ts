import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { schema } from 'prosemirror-schema-basic';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import { renderTicket } from '../ticket-message';
import { exposeFixture } from '../fixture-api';

// Plain ProseMirror as Intercom, Chatwoot and Jira build on it: basic schema, history, the base keymap.
const area = renderTicket('ProseMirror');
const view = new EditorView(area, {
  state: EditorState.create({
    schema,
    plugins: [history(), keymap({ 'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo }), keymap(baseKeymap)],
  }),
  attributes: { id: 'reply', class: 'editor', role: 'textbox', 'aria-multiline': 'true' },
});

exposeFixture({
  editor: 'prosemirror',
  inputSelector: '#reply',
  readModel: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
});
