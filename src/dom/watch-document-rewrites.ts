/**
 * Calls `onRewrite` once a rewritten document has its new root element: document.open (CKEditor 4's setData writes
 * its iframe's document so) replaces the root and erases every event listener of the document, its nodes and its
 * window, while a MutationObserver on the document lives on. It hears the document's own children only, never typing.
 */
export function watchDocumentRewrites(document: Document, onRewrite: () => void, signal: AbortSignal): void {
  const observer = new MutationObserver(() => {
    if (document.documentElement) onRewrite();
  });
  observer.observe(document, { childList: true });
  signal.addEventListener('abort', () => observer.disconnect());
}
