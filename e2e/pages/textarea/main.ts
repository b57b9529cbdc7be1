import { renderTicket } from '../ticket-message';
import { exposeFixture } from '../fixture-api';

const area = renderTicket('textarea');
const textarea = document.createElement('textarea');
textarea.id = 'reply';
textarea.rows = 8;
area.append(textarea);
exposeFixture({ editor: 'textarea', inputSelector: '#reply', readModel: () => textarea.value });
