import type { Author, HelpDeskAdapter, ThreadEntry } from './adapter';
import { editorRoots } from './shared/editor-roots';
import { emailDraftExclusions } from './shared/email-draft-exclusions';
import { inChronologicalOrder, timeIn } from './shared/in-chronological-order';
import { zammadPage } from './pages/zammad';

/**
 * Zammad, both UIs; self-hosted, so pages are recognised by their DOM. Evidence V (Zammad's own source).
 * Classic UI: each open ticket keeps a `.content` pane and the visible one is `.active`; articles carry the sender
 * (customer, agent, system) as a class, notes `.is-internal`; the reply form is `.article-add.is-internal` or
 * `.is-public`. New UI (/desktop): articles are `article-bubble-container-<id>`; the only sender marker is the
 * bubble body's colour class (`bg-blue-100`, customer, right-hand side) and notes have `bg-stripes`: styling
 * classes that may change. The new UI's note switch is not known, so its mode is left to the generic adapter.
 */
export const zammadSelectors = {
  classicReplyBox: '.active.content .article-new .articleNewEdit-body[contenteditable="true"][data-name="body"]',
  classicPane: '.content',
  classicArticle: '.ticket-article-item',
  classicBody: '.textBubble-content, .text-bubble, .richtext-content',
  classicInternal: '.is-internal, .internal',
  classicForm: '.article-add',
  newReplyBox: '[data-test-id="field-editor"] .ProseMirror[role="textbox"]',
  newArticle: '[data-test-id^="article-bubble-container-"]',
  newBody: '[data-test-id^="article-bubble-body-"]',
  newCustomerBody: '.bg-blue-100',
  newInternal: '.bg-stripes',
  /** V (classic): the attribute bar's Update button. The new UI's is found by its name. */
  send: '.active.content .js-submit',
} as const;

const classicAuthors: Array<[string, Author]> = [['customer', 'customer'], ['agent', 'agent'], ['system', 'system']];

export const zammadAdapter: HelpDeskAdapter = {
  ...zammadPage,
  replyBoxes: (document) => editorRoots(document, `${zammadSelectors.classicReplyBox},${zammadSelectors.newReplyBox}`),
  thread(editor) {
    const entries: ThreadEntry[] = [];
    const pane = editor.closest(zammadSelectors.classicPane) ?? editor.ownerDocument;
    for (const element of pane.querySelectorAll<HTMLElement>(zammadSelectors.classicArticle)) {
      const author = classicAuthors.find(([className]) => element.classList.contains(className))?.[1] ?? 'unknown';
      const body = element.querySelector<HTMLElement>(zammadSelectors.classicBody) ?? element;
      const internal = element.matches(zammadSelectors.classicInternal) || element.querySelector(zammadSelectors.classicInternal) !== null;
      entries.push({ element, body, author, internal, time: timeIn(element) });
    }
    for (const element of editor.ownerDocument.querySelectorAll<HTMLElement>(zammadSelectors.newArticle)) {
      const body = element.querySelector<HTMLElement>(zammadSelectors.newBody) ?? element;
      // Agents and system articles share the left-hand side; neither is the customer.
      const author: Author = body.matches(zammadSelectors.newCustomerBody) ? 'customer' : 'agent';
      entries.push({ element, body, author, internal: element.matches(zammadSelectors.newInternal), time: timeIn(element) });
    }
    return entries.length > 0 ? inChronologicalOrder(entries, 'oldest-first') : null;
  },
  replyMode(editor) {
    const form = editor.closest(zammadSelectors.classicForm);
    if (form?.classList.contains('is-internal')) return 'note';
    if (form?.classList.contains('is-public')) return 'public';
    return null;
  },
  draftExclusions: emailDraftExclusions,
  send: { buttons: zammadSelectors.send, keys: [] },
};
