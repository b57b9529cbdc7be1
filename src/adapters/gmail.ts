import type { HelpDeskAdapter, ThreadEntry } from './adapter';
import { editorRoots } from './shared/editor-roots';
import { emailDraftExclusions } from './shared/email-draft-exclusions';
import { gmailPage } from './pages/gmail';

/**
 * Gmail. Evidence T (gmail.js, InboxSDK): the compose body, messages `div.adn[data-message-id]` oldest first with
 * the body in `div.a3s` and the sender in `span.gD[email]`. The signed-in address is inferred from the account
 * button's label or the window title; a message from it is the agent's, any other sender the customer's, and when
 * the address cannot be found senders are of unknown author. Collapsed messages have no body and are skipped.
 * Email has no internal notes.
 */
export const gmailSelectors = {
  replyBox: 'div[role="textbox"][g_editable="true"][contenteditable="true"]',
  message: 'div.adn[data-message-id]',
  body: 'div.a3s',
  sender: 'span.gD[email]',
  /** I: the account button, labelled "Google Account: <name> (<address>)". */
  account: 'a[aria-label^="Google Account:"]',
  thread: '[role="main"]',
  /** T (gmail.js): the compose window's Send button. */
  send: 'div[role="button"].aoO',
} as const;

const addressPattern = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

export const gmailAdapter: HelpDeskAdapter = {
  ...gmailPage,
  replyBoxes: (document) => editorRoots(document, gmailSelectors.replyBox),
  thread(editor) {
    const document = editor.ownerDocument;
    const account = accountAddress(document);
    const scope = editor.closest(gmailSelectors.thread) ?? document;
    const entries: ThreadEntry[] = [];
    for (const element of scope.querySelectorAll<HTMLElement>(gmailSelectors.message)) {
      const body = element.querySelector<HTMLElement>(gmailSelectors.body);
      if (!body) continue;
      const senderElement = element.querySelector(gmailSelectors.sender);
      const sender = senderElement?.getAttribute('email')?.toLowerCase();
      const author = !sender || !account ? 'unknown' : sender === account ? 'agent' : 'customer';
      const authorName = senderElement?.getAttribute('name')?.trim();
      entries.push({ element, body, author, internal: false, ...(authorName ? { authorName } : {}) });
    }
    return entries.length > 0 ? entries : null;
  },
  replyMode: () => 'public',
  draftExclusions: emailDraftExclusions,
  send: { buttons: gmailSelectors.send, keys: ['mod+enter'] },
};

function accountAddress(document: Document): string | null {
  const label = document.querySelector(gmailSelectors.account)?.getAttribute('aria-label') ?? '';
  return (label.match(addressPattern) ?? document.title.match(addressPattern))?.[0]?.toLowerCase() ?? null;
}
