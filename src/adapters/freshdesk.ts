import type { HelpDeskAdapter, ThreadEntry } from './adapter';
import { editorRoots } from './shared/editor-roots';
import { emailDraftExclusions } from './shared/email-draft-exclusions';
import { inChronologicalOrder, timeIn } from './shared/in-chronological-order';
import { freshdeskPage } from './pages/freshdesk';

/**
 * Freshdesk. Evidence T for the reply box, the reply button and the message bodies; there is no known marker of
 * who wrote a reply, so only the ticket description counts as the customer's (the requester wrote it, I) and later
 * replies are of unknown author. The note-mode and private-note markers are inferred (I).
 */
export const freshdeskSelectors = {
  replyBox: 'div.fr-element.fr-view[contenteditable="true"]',
  replyButton: 'button[data-test-id="ticket-action-reply"]',
  body: '.text__content',
  description: '.ticket-description',
  /** I: a private note's container. */
  privateNote: '[data-test-id*="private-note"], [class*="private-note"]',
  /** I: the editor's container in note mode. */
  noteEditor: '[data-test-id*="note-editor"]',
  /** I: the composer's Send (and Add note) button. */
  send: '[data-test-id="send-button"], [data-test-id="add-note-button"]',
} as const;

export const freshdeskAdapter: HelpDeskAdapter = {
  ...freshdeskPage,
  replyBoxes: (document) => editorRoots(document, freshdeskSelectors.replyBox),
  thread(editor) {
    const entries: ThreadEntry[] = [];
    for (const body of editor.ownerDocument.querySelectorAll<HTMLElement>(freshdeskSelectors.body)) {
      if (editor.contains(body)) continue;
      const description = body.closest<HTMLElement>(freshdeskSelectors.description);
      const element = description ?? body.parentElement ?? body;
      const internal = body.closest(freshdeskSelectors.privateNote) !== null;
      entries.push({ element, body, author: description ? 'customer' : 'unknown', internal, time: timeIn(element) });
    }
    return entries.length > 0 ? inChronologicalOrder(entries, 'oldest-first') : null;
  },
  replyMode: (editor) => (editor.closest(freshdeskSelectors.noteEditor) ? 'note' : null),
  draftExclusions: emailDraftExclusions,
  send: { buttons: freshdeskSelectors.send, keys: [] },
};
