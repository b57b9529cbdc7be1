import type { HelpDeskAdapter, ThreadEntry } from './adapter';
import { editorRoots } from './shared/editor-roots';
import { emailDraftExclusions } from './shared/email-draft-exclusions';
import { inChronologicalOrder } from './shared/in-chronological-order';
import { outlookPage } from './pages/outlook';

/**
 * Outlook on the web. Evidence T: the compose body (its English label is localized: other languages fall back to
 * the generic adapter), message bodies `UniqueMessageBody_*`, the sender `span[aria-label^="From:"]` before each,
 * and quoted history after `#divRplyFwdMsg`. Inferred: the signed-in account from the account manager button, and
 * the reading pane's order (newest on top, a per-user setting). Email has no internal notes.
 */
export const outlookSelectors = {
  replyBox: 'div[role="textbox"][aria-label="Message body"][contenteditable="true"]',
  body: 'div[id^="UniqueMessageBody_"][role="document"]',
  sender: 'span[aria-label^="From:"]',
  /** I: labelled "Account manager for <name>" or with the address. */
  account: '[aria-label^="Account manager for "]',
  /** T: the compose toolbar's Send, labelled in English (other languages: by its name). */
  send: 'button[aria-label="Send"]',
} as const;

export const outlookAdapter: HelpDeskAdapter = {
  ...outlookPage,
  // RoosterJS puts no marker of its own on its element: it is known by the product composing with it.
  editorKind: 'roosterjs',
  replyBoxes: (document) => editorRoots(document, outlookSelectors.replyBox),
  thread(editor) {
    const document = editor.ownerDocument;
    const account = (document.querySelector(outlookSelectors.account)?.getAttribute('aria-label') ?? '').replace('Account manager for ', '').trim().toLowerCase();
    const entries: ThreadEntry[] = [];
    let sender: string | null = null;
    let authorName: string | undefined;
    // Senders and bodies in document order: each body belongs to the sender just before it.
    for (const element of document.querySelectorAll<HTMLElement>(`${outlookSelectors.sender},${outlookSelectors.body}`)) {
      if (element.matches(outlookSelectors.sender)) {
        sender = `${element.getAttribute('aria-label') ?? ''} ${element.textContent ?? ''}`.toLowerCase();
        authorName = senderName(element);
        continue;
      }
      if (editor.contains(element)) continue;
      const author = !sender || !account ? 'unknown' : sender.includes(account) ? 'agent' : 'customer';
      entries.push({ element, body: element, author, internal: false, ...(authorName ? { authorName } : {}) });
      sender = null;
      authorName = undefined;
    }
    return entries.length > 0 ? inChronologicalOrder(entries, 'newest-first') : null;
  },
  replyMode: () => 'public',
  draftExclusions: emailDraftExclusions,
  send: { buttons: outlookSelectors.send, keys: ['mod+enter'] },
};

/** "From: Jordan Lee <jordan@example.net>" is Jordan Lee; a sender shown only by address has no name. */
function senderName(sender: Element): string | undefined {
  const name = (sender.getAttribute('aria-label') ?? '').replace(/^From:\s*/, '').replace(/<[^>]*>/g, '').trim();
  return name === '' || name.includes('@') ? undefined : name;
}
