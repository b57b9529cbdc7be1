import Quill from 'quill';
import quillStyles from 'quill/dist/quill.snow.css?inline';
import ticketStyles from '../ticket.css?inline';
import { renderTicket } from '../ticket-message';
import { exposeFixture } from '../fixture-api';

/**
 * A composer drawn in an open shadow root, as web-component help desks do (Intercom; Salesforce's
 * lightning-input-rich-text holds Quill in one): a plain contenteditable, a textarea and a real Quill 2, all
 * inside the same custom element. `?editor=` names the one the test types into.
 */
class ReplyComposer extends HTMLElement {
  readonly quill: Quill;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    shadow.innerHTML = `
      <div class="field"><span class="reply-label">Reply (contenteditable)</span>
        <div id="reply-contenteditable" class="editor" contenteditable="true" role="textbox" aria-multiline="true"></div></div>
      <div class="field"><span class="reply-label">Reply (textarea)</span><textarea id="reply-textarea" rows="6"></textarea></div>
      <div class="field"><span class="reply-label">Reply (Quill)</span><div id="quill"></div></div>`;
    // Page styles stop at the shadow boundary: the component brings its own.
    const style = document.createElement('style');
    style.textContent = `${ticketStyles}\n${quillStyles}\n:host { display: block; } .field { margin-bottom: 16px; }`;
    shadow.prepend(style);
    this.quill = new Quill(shadow.querySelector<HTMLElement>('#quill')!, { theme: 'snow' });
    this.quill.root.id = 'reply-quill';
    this.quill.root.setAttribute('role', 'textbox');
    this.quill.root.setAttribute('aria-multiline', 'true');
    readSelectionInShadowRoot(this.quill, shadow);
  }
}

/**
 * Quill 2 reads the selection and focus from `document`, which in a shadow tree report the host, so typing lands at
 * the wrong place (measured: the first letter ends up last). Components that put Quill in a shadow root give it the
 * shadow root's own selection and focus, as here (Chromium's `ShadowRoot.getSelection`).
 */
function readSelectionInShadowRoot(quill: Quill, shadow: ShadowRoot): void {
  const selection = quill.selection as unknown as { getNativeRange(): unknown; hasFocus(): boolean; normalizeNative(range: Range): unknown };
  const shadowSelection = (): Selection | null => (shadow as ShadowRoot & { getSelection(): Selection | null }).getSelection();
  selection.getNativeRange = () => {
    const native = shadowSelection();
    return native && native.rangeCount > 0 ? selection.normalizeNative(native.getRangeAt(0)) : null;
  };
  selection.hasFocus = () => shadow.activeElement !== null && quill.root.contains(shadow.activeElement);
}

customElements.define('reply-composer', ReplyComposer);
const area = renderTicket('shadow DOM');
const composer = new ReplyComposer();
area.append(composer);

const models: Record<string, () => string> = {
  contenteditable: () => composer.shadowRoot!.querySelector<HTMLElement>('#reply-contenteditable')!.innerText.replace(/\n$/, ''),
  textarea: () => composer.shadowRoot!.querySelector('textarea')!.value,
  // Quill's text always ends with the newline of its last line.
  quill: () => composer.quill.getText().replace(/\n$/, ''),
};
const editor = new URLSearchParams(location.search).get('editor') ?? 'contenteditable';
// Playwright's CSS selectors pierce open shadow roots, so the test reaches the editor by its id.
exposeFixture({ editor: `${editor} in a shadow root`, inputSelector: `#reply-${editor}`, readModel: models[editor]! });
