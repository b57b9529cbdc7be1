import type { Author, HelpDeskAdapter, ThreadEntry } from './adapter';
import { editorRoots } from './shared/editor-roots';
import { emailDraftExclusions } from './shared/email-draft-exclusions';
import { inChronologicalOrder, timeIn } from './shared/in-chronological-order';
import { freescoutPage } from './pages/freescout';

/**
 * FreeScout; self-hosted, so pages are recognised by their DOM. Evidence V (its Blade views and main.js): threads
 * newest first, typed by class (customer, message = agent reply, note, lineitem = status change, draft); the
 * Summernote editor replaces `textarea#body`; "Add note" reuses the reply block and adds `conv-note-block`.
 */
export const freescoutSelectors = {
  replyBox: '.conv-reply-body .note-editor .note-editable[contenteditable="true"], .conv-reply-body textarea#body',
  replyBlock: '.conv-reply-block',
  thread: '#conv-layout-main .thread[id^="thread-"]',
  body: '.thread-content, .thread-body',
  /** V: Send Reply (Add Note in a note). */
  send: '.conv-reply-block .btn-reply-submit',
} as const;

const types: Array<[string, Author, boolean]> = [
  ['thread-type-customer', 'customer', false],
  ['thread-type-message', 'agent', false],
  ['thread-type-note', 'agent', true],
  ['thread-type-lineitem', 'system', false],
  ['thread-type-draft', 'agent', true],
];

export const freescoutAdapter: HelpDeskAdapter = {
  ...freescoutPage,
  replyBoxes: (document) => editorRoots(document, freescoutSelectors.replyBox),
  thread(editor) {
    const entries: ThreadEntry[] = [];
    for (const element of editor.ownerDocument.querySelectorAll<HTMLElement>(freescoutSelectors.thread)) {
      const type = types.find(([className]) => element.classList.contains(className));
      const body = element.querySelector<HTMLElement>(freescoutSelectors.body) ?? element;
      entries.push({ element, body, author: type?.[1] ?? 'unknown', internal: type?.[2] ?? false, time: timeIn(element) });
    }
    return entries.length > 0 ? inChronologicalOrder(entries, 'newest-first') : null;
  },
  replyMode(editor) {
    const block = editor.closest(freescoutSelectors.replyBlock);
    if (!block) return null;
    return block.classList.contains('conv-note-block') ? 'note' : 'public';
  },
  draftExclusions: emailDraftExclusions,
  send: { buttons: freescoutSelectors.send, keys: [] },
};
