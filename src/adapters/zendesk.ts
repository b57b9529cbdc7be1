import type { Author, HelpDeskAdapter, ThreadEntry } from './adapter';
import { editorRoots } from './shared/editor-roots';
import { emailDraftExclusions } from './shared/email-draft-exclusions';
import { inChronologicalOrder, timeIn } from './shared/in-chronological-order';
import { namesInternalNote } from './names-internal-note';
import { zendeskPage } from './pages/zendesk';

/**
 * Zendesk Agent Workspace. Evidence T (third-party code reading the live page), see helpdesks.md; the order of the
 * log (oldest first) and the channel switcher's wording are inferred. Several tickets stay in the DOM, one
 * `[data-ticket-id]` pane each: reply boxes come from the visible pane, the thread from the reply box's own pane.
 */
export const zendeskSelectors = {
  ticketPane: '[data-ticket-id]',
  replyBox: '.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"][role="textbox"][contenteditable="true"]',
  channelSwitcher: '[data-test-id="omnichannel-channel-switcher-button"]',
  logEntry: '[data-test-id="omni-log-container"] article[data-test-id="omni-log-comment-item"]',
  /** Carries the author kind in its `type` attribute: "end-user" or "agent". */
  logMessage: '[data-test-id="omni-log-item-message"]',
  body: '.zd-comment',
  /** I: Submit, and the items of its split "Submit as …" menu. */
  send: '[data-test-id="submit_button-button"], [data-test-id^="submit_button-menu"] [role="menuitem"]',
} as const;

const authors: Record<string, Author> = { 'end-user': 'customer', agent: 'agent', system: 'system', bot: 'bot' };

export const zendeskAdapter: HelpDeskAdapter = {
  ...zendeskPage,
  replyBoxes: (document) => editorRoots(document, zendeskSelectors.replyBox),
  thread(editor) {
    const pane = editor.closest(zendeskSelectors.ticketPane) ?? editor.ownerDocument;
    const entries: ThreadEntry[] = [];
    for (const element of pane.querySelectorAll<HTMLElement>(zendeskSelectors.logEntry)) {
      const message = element.querySelector<HTMLElement>(zendeskSelectors.logMessage);
      const author = authors[message?.getAttribute('type') ?? ''] ?? 'unknown';
      const body = element.querySelector<HTMLElement>(zendeskSelectors.body) ?? message ?? element;
      entries.push({ element, body, author, internal: false, time: timeIn(element) });
    }
    return entries.length > 0 ? inChronologicalOrder(entries, 'oldest-first') : null;
  },
  replyMode(editor) {
    const pane = editor.closest(zendeskSelectors.ticketPane) ?? editor.ownerDocument;
    const label = pane.querySelector(zendeskSelectors.channelSwitcher)?.textContent ?? '';
    // The switch shows the current mode in the agent's language: anything but a note is the public reply.
    if (label.trim() === '') return null;
    return namesInternalNote(label) ? 'note' : 'public';
  },
  draftExclusions: emailDraftExclusions,
  send: { buttons: zendeskSelectors.send, keys: [] },
};
