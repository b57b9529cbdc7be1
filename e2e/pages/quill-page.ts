import { exposeFixture } from './fixture-api';
import { renderTicket } from './ticket-message';

/** What a Quill page needs of the Quill class, the same in Quill 1 and Quill 2. */
interface QuillClass {
  new (container: HTMLElement, options: { theme: string }): { root: HTMLElement; getText(): string };
}

/**
 * A Quill with the snow theme on the ticket page, its editable `#reply`. Quill is not exposed on window: the
 * extension has to work without reaching the page's Quill class.
 */
export function showQuillPage(title: string, editor: string, Quill: QuillClass): void {
  const area = renderTicket(title);
  const container = document.createElement('div');
  area.append(container);
  const quill = new Quill(container, { theme: 'snow' });
  quill.root.id = 'reply';
  quill.root.setAttribute('role', 'textbox');
  quill.root.setAttribute('aria-multiline', 'true');
  // Quill's text always ends with the newline of its last line.
  exposeFixture({ editor, inputSelector: '#reply', readModel: () => quill.getText().replace(/\n$/, '') });
}
