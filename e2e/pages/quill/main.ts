import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { renderTicket } from '../ticket-message';
import { exposeFixture } from '../fixture-api';

// Quill 2 with the snow theme, as in Salesforce's rich-text inputs. Quill is not exposed on window:
// the extension has to work without reaching the page's Quill class.
const area = renderTicket('Quill');
const container = document.createElement('div');
area.append(container);
const quill = new Quill(container, { theme: 'snow' });
quill.root.id = 'reply';
quill.root.setAttribute('role', 'textbox');
quill.root.setAttribute('aria-multiline', 'true');

// Quill's text always ends with the newline of its last line.
exposeFixture({ editor: 'quill', inputSelector: '#reply', readModel: () => quill.getText().replace(/\n$/, '') });
