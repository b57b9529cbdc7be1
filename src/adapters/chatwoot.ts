import type { HelpDeskAdapter, ThreadEntry } from './adapter';
import { editorRoots } from './shared/editor-roots';
import { emailDraftExclusions } from './shared/email-draft-exclusions';
import { inChronologicalOrder, timeIn } from './shared/in-chronological-order';
import { chatwootPage } from './pages/chatwoot';

/**
 * Chatwoot; self-hosted or app.chatwoot.com. Evidence V (its Vue source): messages are `div#message<id>` with the
 * side as a class: `justify-end` is the signed-in agent, `justify-center` an activity, `justify-start` the contact
 * or another agent or a bot (the markup does not tell them apart, so those are of unknown author). A private note
 * switches the reply box to `.reply-box.is-private`.
 */
export const chatwootSelectors = {
  replyBox: '.reply-box .reply-box__top .editor-root .ProseMirror[contenteditable="true"], .reply-box .reply-box__top textarea',
  replyBoxContainer: '.reply-box',
  message: 'div[id^="message"][data-message-id]',
  bubble: '[class*="[grid-area:bubble]"]',
  /** I: the reply box's Send button. */
  send: '.reply-box .reply-box__bottom button[type="submit"], .reply-box .button--send',
} as const;

export const chatwootAdapter: HelpDeskAdapter = {
  ...chatwootPage,
  replyBoxes: (document) => editorRoots(document, chatwootSelectors.replyBox),
  thread(editor) {
    const entries: ThreadEntry[] = [];
    for (const element of editor.ownerDocument.querySelectorAll<HTMLElement>(chatwootSelectors.message)) {
      const author = element.classList.contains('justify-end') ? 'agent' : element.classList.contains('justify-center') ? 'system' : 'unknown';
      const body = element.querySelector<HTMLElement>(chatwootSelectors.bubble) ?? element;
      entries.push({ element, body, author, internal: false, time: timeIn(element) });
    }
    return entries.length > 0 ? inChronologicalOrder(entries, 'oldest-first') : null;
  },
  replyMode(editor) {
    const box = editor.closest(chatwootSelectors.replyBoxContainer);
    if (!box) return null;
    return box.classList.contains('is-private') ? 'note' : 'public';
  },
  draftExclusions: emailDraftExclusions,
  // Enter sends by default, ⌘/Ctrl+Enter where the agent chose it (I); both are held.
  send: { buttons: chatwootSelectors.send, keys: ['enter', 'mod+enter'] },
};
