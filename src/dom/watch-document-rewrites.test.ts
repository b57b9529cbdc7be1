// @vitest-environment happy-dom
import { expect, it, vi } from 'vitest';
import { watchDocumentRewrites } from './watch-document-rewrites';

/** Lets the observer's callback run. */
const observed = () => new Promise((resolve) => setTimeout(resolve, 0));

/** What document.open then document.write do to the tree: the old root out, a new one in. */
function replaceRoot(page: Document): void {
  page.documentElement.remove();
  page.append(page.createElement('html'));
}

it('hears a replaced root once it is in, and not edits inside the document', async () => {
  const page = document.implementation.createHTMLDocument();
  const onRewrite = vi.fn();
  watchDocumentRewrites(page, onRewrite, new AbortController().signal);

  page.body.contentEditable = 'true';
  page.body.append('typed text', page.createElement('p'));
  await observed();
  expect(onRewrite).not.toHaveBeenCalled();

  page.documentElement.remove();
  await observed();
  expect(onRewrite).not.toHaveBeenCalled();
  page.append(page.createElement('html'));
  await observed();
  expect(onRewrite).toHaveBeenCalledTimes(1);

  replaceRoot(page);
  await observed();
  expect(onRewrite).toHaveBeenCalledTimes(2);
});

it('stops when the signal aborts', async () => {
  const page = document.implementation.createHTMLDocument();
  const onRewrite = vi.fn();
  const controller = new AbortController();
  watchDocumentRewrites(page, onRewrite, controller.signal);
  controller.abort();
  replaceRoot(page);
  await observed();
  expect(onRewrite).not.toHaveBeenCalled();
});
