import { DOMParser } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { schema } from 'prosemirror-schema-basic';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import type { MountEditor } from './mount-editor';
import { productMarkers } from './product-markers';

/**
 * Plain ProseMirror as Intercom, Chatwoot, Jira and HubSpot build on it: basic schema, history, the base keymap.
 * The product's markers go through the view's `attributes`, which it keeps on its editable across renders.
 */
const mountProsemirror: MountEditor = async (placeholder) => {
  const view = new EditorView((editable) => placeholder.replaceWith(editable), {
    state: EditorState.create({
      doc: DOMParser.fromSchema(schema).parse(placeholder),
      plugins: [history(), keymap({ 'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo }), keymap(baseKeymap)],
    }),
    attributes: productMarkers(placeholder, /^ProseMirror$/),
  });
  return { readModel: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n') };
};

export default mountProsemirror;
