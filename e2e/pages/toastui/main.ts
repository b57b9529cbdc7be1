import Editor from '@toast-ui/editor';
import '@toast-ui/editor/dist/toastui-editor.css';
import { renderTicket } from '../ticket-message';
import { exposeFixture } from '../fixture-api';

// TOAST UI Editor 3 in its WYSIWYG mode, as an in-house tool or CRM embeds it for replies.
const area = renderTicket('TOAST UI Editor');
const container = document.createElement('div');
area.append(container);
const editor = new Editor({ el: container, initialEditType: 'wysiwyg', hideModeSwitch: true, height: '260px', usageStatistics: false });
const editable = container.querySelector<HTMLElement>('.toastui-editor-ww-container [contenteditable="true"]')!;
editable.id = 'reply';

// Its markdown, the form it saves, is the plain text for a draft without formatting.
exposeFixture({ editor: 'toastui', inputSelector: '#reply', readModel: () => editor.getMarkdown() });
