import type { HelpDeskAdapter, ThreadEntry } from './adapter';
import { editableRoot, isCoachableEditable, isCoachableTextarea } from '../detector/find-coachable-editor';
import { emailDraftExclusions } from './shared/email-draft-exclusions';
import { historyStartSelector, quoteSelector } from './shared/email-markup';
import { hostInDocument } from '../dom/host-in-document';
import { isHidden } from './shared/is-hidden';
import { namesInternalNote } from './names-internal-note';
import { readMessageText } from './shared/read-message-text';
import { genericPage } from './pages/generic';

/**
 * The adapter for every page without its own, and the fallback when a product's selectors find nothing: the
 * nearest message-like block before the reply box is taken as the customer's, with email quoting understood.
 */
const messageSelector = [
  'article',
  'blockquote',
  '[class*="message" i]',
  '[class*="comment" i]',
  '[class*="thread" i]',
  '[class*="conversation" i] p',
  '[class*="email" i]',
  '[data-message-id]',
  '[role="article"]',
].join(',');

/** Shorter blocks are labels, buttons or timestamps rather than messages. */
const minimumLength = 20;

export const genericAdapter: HelpDeskAdapter = {
  ...genericPage,
  replyBoxes(document) {
    const boxes: HTMLElement[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('textarea, [contenteditable]:not([contenteditable="false"])')) {
      if (isHidden(element)) continue;
      if (element instanceof HTMLTextAreaElement) {
        if (isCoachableTextarea(element)) boxes.push(element);
      } else if (editableRoot(element) === element && isCoachableEditable(element)) {
        boxes.push(element);
      }
    }
    return boxes;
  },
  thread(editor) {
    // An editor in a shadow tree stands in the page where its host does; one in a same-origin iframe (TinyMCE,
    // CKEditor 4) has the conversation in the page around its frame.
    const frame = editor.ownerDocument.defaultView?.frameElement as HTMLElement | null | undefined;
    const nearest = nearestMessageBefore(hostInDocument(editor)) ?? (frame ? nearestMessageBefore(frame) : null);
    if (!nearest) return [];
    const entry: ThreadEntry = { element: nearest, body: nearest, author: 'unknown', internal: false };
    return [entry];
  },
  replyMode(editor) {
    return namesInternalNote(labelOf(editor)) ? 'note' : 'public';
  },
  draftExclusions: emailDraftExclusions,
  // No product markup: buttons named Send, Reply, Submit, Post or Update near the box, and Ctrl/⌘+Enter in it.
  send: { buttons: null, keys: ['mod+enter'] },
};

/** The innermost message-like block that ends before the editor, skipping quotes nested in a message. */
function nearestMessageBefore(editor: Element): HTMLElement | null {
  let nearest: HTMLElement | null = null;
  for (const candidate of editor.ownerDocument.querySelectorAll<HTMLElement>(messageSelector)) {
    if (candidate.contains(editor) || editor.contains(candidate)) continue;
    if (!(candidate.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (candidate.closest('[contenteditable="true"], textarea, [data-tactful="off"]')) continue;
    if (isQuotedHistory(candidate)) continue;
    // The innermost block wins over a container of several messages.
    if (nearest && candidate.contains(nearest)) continue;
    if (readMessageText(candidate).length < minimumLength) continue;
    nearest = candidate;
  }
  return nearest;
}

/** A quote or history block inside another message: earlier mail, not the latest message. */
function isQuotedHistory(candidate: HTMLElement): boolean {
  const quote = candidate.closest(`${quoteSelector},${historyStartSelector}`);
  return quote !== null && quote.parentElement?.closest(messageSelector) != null;
}

function labelOf(editor: HTMLElement): string {
  return ['aria-label', 'placeholder', 'data-placeholder', 'title'].map((name) => editor.getAttribute(name) ?? '').join(' ');
}
