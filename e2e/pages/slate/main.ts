import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Editor, type Descendant } from 'slate';
import { Editable, Slate, withReact } from 'slate-react';
import { withHistory } from 'slate-history';
import { renderTicket } from '../ticket-message';
import { exposeFixture } from '../fixture-api';

// React pages are written without JSX: the repository's JSX settings are Preact's.
const area = renderTicket('Slate');
const mount = document.createElement('div');
area.append(mount);

const editor = withHistory(withReact(createEditor()));
const initialValue = [{ type: 'paragraph', children: [{ text: '' }] }] as unknown as Descendant[];

createRoot(mount).render(
  createElement(Slate, { editor, initialValue }, createElement(Editable, { id: 'reply', className: 'editor', 'aria-label': 'Reply' })),
);
exposeFixture({
  editor: 'slate',
  inputSelector: '#reply',
  readModel: () => editor.children.map((_, index) => Editor.string(editor, [index])).join('\n'),
});
