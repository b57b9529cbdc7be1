import type { CoachActions } from '../coach/coach-actions';
import type { CoachStore } from '../coach/coach-store';
import { watchDocumentRewrites } from '../dom/watch-document-rewrites';
import { mountOverlay } from './mount-overlay';

/**
 * The overlay, drawn again in a rewritten document: the rewrite took its host out and erased the listeners in its
 * shadow tree, so that one is unmounted (its components clean up) and a new one mounted. Until `signal` aborts.
 */
export function keepOverlayMounted(document: Document, store: CoachStore, actions: CoachActions, signal: AbortSignal): void {
  let mounted: AbortController | undefined;
  let host: Element | undefined;
  const mount = (): void => {
    mounted?.abort();
    mounted = new AbortController();
    host = mountOverlay(document, store, actions, mounted.signal).host;
  };
  mount();
  watchDocumentRewrites(
    document,
    () => {
      if (!host?.isConnected) mount();
    },
    signal,
  );
  signal.addEventListener('abort', () => mounted?.abort());
}
