import type { Author, HelpDeskAdapter, ThreadEntry } from './adapter';
import { editorRoots } from './shared/editor-roots';
import { emailDraftExclusions } from './shared/email-draft-exclusions';
import { inChronologicalOrder, timeIn } from './shared/in-chronological-order';
import { helpScoutPage } from './pages/help-scout';

/**
 * Help Scout. Evidence T for the reply box (new and old UI), the new UI's thread items and the old UI's customer
 * threads. Not public: the new UI's author marker (its entries are of unknown author), the old UI's agent and note
 * classes, the note editor's label, and the thread order (newest first is inferred).
 */
export const helpScoutSelectors = {
  replyBox: '[data-cy="ConvoEditor"], [role="textbox"][aria-label="Reply Editor"], .redactor_editor',
  /** I: the note editor's label. */
  noteBox: '[role="textbox"][aria-label="Note Editor"]',
  newThreadItem: 'ol[aria-label="Thread Items"] li > div[id^="thread-"]',
  oldThreadItem: 'article.thread[id^="thread-"]',
  oldBody: 'section.messageBody',
} as const;

/** Old UI classes: `customer` is T, `message` (agent reply) and `note` are I. */
const oldAuthors: Array<[string, Author]> = [['customer', 'customer'], ['message', 'agent'], ['note', 'agent'], ['lineitem', 'system']];

export const helpScoutAdapter: HelpDeskAdapter = {
  ...helpScoutPage,
  replyBoxes: (document) => editorRoots(document, `${helpScoutSelectors.replyBox},${helpScoutSelectors.noteBox}`),
  thread(editor) {
    const document = editor.ownerDocument;
    const entries: ThreadEntry[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(helpScoutSelectors.newThreadItem)) {
      entries.push({ element, body: element, author: 'unknown', internal: false, time: timeIn(element) });
    }
    for (const element of document.querySelectorAll<HTMLElement>(helpScoutSelectors.oldThreadItem)) {
      const author = oldAuthors.find(([className]) => element.classList.contains(className))?.[1] ?? 'unknown';
      const body = element.querySelector<HTMLElement>(helpScoutSelectors.oldBody) ?? element;
      entries.push({ element, body, author, internal: element.classList.contains('note'), time: timeIn(element) });
    }
    return entries.length > 0 ? inChronologicalOrder(entries, 'newest-first') : null;
  },
  replyMode(editor) {
    if (editor.matches(helpScoutSelectors.noteBox)) return 'note';
    return editor.closest('[data-cy="ConvoEditor"]') || editor.matches('[aria-label="Reply Editor"]') ? 'public' : null;
  },
  draftExclusions: emailDraftExclusions,
  // The send button's markup is not public: its name (Send) finds it.
  send: { buttons: null, keys: [] },
};
