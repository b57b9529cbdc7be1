import { init } from 'pell';
import 'pell/dist/pell.css';
import { htmlToText } from '../html-to-text';
import { renderTicket } from '../ticket-message';
import { exposeFixture } from '../fixture-api';

// Pell, the smallest WYSIWYG editor: it keeps the HTML its onChange hands over, as the form field it fills.
const area = renderTicket('Pell');
const element = document.createElement('div');
area.append(element);
let saved = '';
const editor = init({ element, onChange: (html: string) => (saved = html), actions: ['bold', 'italic'] });
editor.content.id = 'reply';
editor.content.setAttribute('role', 'textbox');
editor.content.setAttribute('aria-multiline', 'true');

exposeFixture({ editor: 'pell', inputSelector: '#reply', readModel: () => htmlToText(saved) });
