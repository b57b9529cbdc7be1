import 'trix';
import 'trix/dist/trix.css';
import { renderTicket } from '../ticket-message';
import { exposeFixture } from '../fixture-api';

/** The part of Trix's element API used here: Trix ships no types. */
interface TrixEditorElement extends HTMLElement {
  editor: { getDocument(): { toString(): string } };
}

// Trix 2 (Basecamp, Rails' Action Text): its own document model and undo manager behind a custom element.
const area = renderTicket('Trix');
const element = document.createElement('trix-editor') as TrixEditorElement;
element.id = 'reply';
area.append(element);
element.addEventListener('trix-initialize', () => {
  // Trix's document ends with the newline of its last block.
  exposeFixture({ editor: 'trix', inputSelector: '#reply', readModel: () => element.editor.getDocument().toString().replace(/\n$/, '') });
});
