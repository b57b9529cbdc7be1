/**
 * The customer's latest message near a reply box, for pages without a help-desk adapter: the nearest
 * message-like block before the editor in document order. Its text is untrusted and is only ever read.
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

export function findCustomerMessage(editor: HTMLElement): string | null {
  const document = editor.ownerDocument;
  const candidates = document.querySelectorAll<HTMLElement>(messageSelector);
  let nearest: HTMLElement | null = null;
  for (const candidate of candidates) {
    if (candidate.contains(editor) || editor.contains(candidate)) continue;
    if (candidate.closest('[contenteditable="true"], textarea, [data-tactful="off"]')) continue;
    if (!(candidate.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    // The innermost block wins over a container of several messages.
    if (nearest && candidate.contains(nearest)) continue;
    if ((candidate.innerText ?? candidate.textContent ?? '').trim().length < minimumLength) continue;
    nearest = candidate;
  }
  const text = (nearest?.innerText ?? nearest?.textContent ?? '').trim();
  return text === '' ? null : text;
}
