import { renderTicket } from '../ticket-message';
import { exposeFixture } from '../fixture-api';
import { createModelEditor } from './model-editor';

const area = renderTicket('in-house editor');
const root = document.createElement('div');
root.id = 'reply';
root.className = 'editor';
root.setAttribute('role', 'textbox');
root.setAttribute('aria-multiline', 'true');
area.append(root);
// `?handles=typing`: the same editor taking only typing through its own input handling.
const editor = createModelEditor(root, { handles: new URLSearchParams(location.search).get('handles') === 'typing' ? 'typing' : 'all' });
exposeFixture({ editor: 'in-house', inputSelector: '#reply', readModel: () => editor.text() });
(window as { modelEditor?: typeof editor }).modelEditor = editor;
