import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { findCoachableEditor } from '../src/detector/find-coachable-editor';
import { getCoachHandle } from '../src/coach/coach-handle';
import { deepActiveElement } from '../src/dom/deep-active-element';
import { watchDocumentRewrites } from '../src/dom/watch-document-rewrites';
import type { LoadCoachCStoBG } from '../src/messages';

/**
 * Injected into every page and frame, so it does almost nothing: it waits for the agent to focus a
 * reply box, and only then asks for the coach (the analysis engine and the overlay) to be loaded.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  // No message posted to the page's window on start: page scripts have no business hearing from Tactful.
  noScriptStartedPostMessage: true,
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main(ctx) {
    let loading: Promise<unknown> | undefined;
    const coach = (editor: HTMLElement): void => {
      const handle = getCoachHandle();
      if (handle) {
        handle.attach(editor);
        return;
      }
      loading ??= browser.runtime.sendMessage({ type: 'cs-bg-load-coach' } satisfies LoadCoachCStoBG);
      void loading.then(() => getCoachHandle()?.attach(editor));
    };
    const coachFocused = (event: FocusEvent): void => {
      // The event reaches the document retargeted to the outermost shadow host; its path starts at the element
      // that took focus, inside open shadow roots too.
      const editor = findCoachableEditor(event.composedPath()[0] ?? null);
      if (editor) coach(editor);
    };
    const watchFocus = (): void => {
      document.addEventListener('focusin', coachFocused, { capture: true, signal: ctx.signal });
      // A reply box focused before this script ran (autofocus), or while the document was rewritten, is coached too.
      const focused = findCoachableEditor(deepActiveElement(document));
      if (focused) coach(focused);
    };
    watchFocus();
    // A document rewrite erases the listener, so it is added again: a no-op when it survived (a listener is added once).
    watchDocumentRewrites(document, watchFocus, ctx.signal);
  },
});
