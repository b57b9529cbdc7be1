import type { HelpDeskAdapter, ThreadEntry } from './adapter';
import { editorRoots } from './editor-roots';
import { emailDraftExclusions } from './email-draft-exclusions';
import { hostIs } from './host-is';
import { inChronologicalOrder } from './in-chronological-order';

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
} as const;

export const outlookAdapter: HelpDeskAdapter = {
  id: 'outlook',
  name: 'Outlook',
  matches: (location) => hostIs(location, ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']),
  replyBoxes: (document) => editorRoots(document, outlookSelectors.replyBox),
  thread(editor) {
    const document = editor.ownerDocument;
    const account = (document.querySelector(outlookSelectors.account)?.getAttribute('aria-label') ?? '').replace('Account manager for ', '').trim().toLowerCase();
    const entries: ThreadEntry[] = [];
    let sender: string | null = null;
    // Senders and bodies in document order: each body belongs to the sender just before it.
    for (const element of document.querySelectorAll<HTMLElement>(`${outlookSelectors.sender},${outlookSelectors.body}`)) {
      if (element.matches(outlookSelectors.sender)) {
        sender = `${element.getAttribute('aria-label') ?? ''} ${element.textContent ?? ''}`.toLowerCase();
        continue;
      }
      if (editor.contains(element)) continue;
      const author = !sender || !account ? 'unknown' : sender.includes(account) ? 'agent' : 'customer';
      entries.push({ element, body: element, author, internal: false });
      sender = null;
    }
    return entries.length > 0 ? inChronologicalOrder(entries, 'newest-first') : null;
  },
  replyMode: () => 'public',
  draftExclusions: emailDraftExclusions,
};
