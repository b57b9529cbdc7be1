import MediumEditor from 'medium-editor';
import 'medium-editor/dist/css/medium-editor.css';
import { htmlToText } from '../html-to-text';
import { renderTicket } from '../ticket-message';
import { exposeFixture } from '../fixture-api';

// Medium Editor 5 on a div, with its floating toolbar, as older in-house tools use it.
const area = renderTicket('Medium Editor');
const element = document.createElement('div');
element.id = 'reply';
element.setAttribute('aria-multiline', 'true');
area.append(element);
const editor = new MediumEditor(element, { placeholder: { text: 'Reply…' } });

// getContent() is the HTML the editor saves.
exposeFixture({ editor: 'medium-editor', inputSelector: '#reply', readModel: () => htmlToText(editor.getContent()) });
