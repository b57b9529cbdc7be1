import { renderTicket } from '../ticket-message';
import { exposeFixture } from '../fixture-api';

const area = renderTicket('contenteditable');
const editor = document.createElement('div');
editor.id = 'reply';
editor.className = 'editor';
editor.contentEditable = 'true';
editor.setAttribute('role', 'textbox');
editor.setAttribute('aria-multiline', 'true');
area.append(editor);
// A plain contenteditable has no model but its DOM: read it as the browser renders it.
exposeFixture({ editor: 'contenteditable', inputSelector: '#reply', readModel: () => editor.innerText.replace(/\n$/, '') });
