import { render } from 'preact';
import type { CoachStore } from '../coach/coach-store';
import type { CoachActions } from '../coach/coach-actions';
import { Overlay } from './Overlay';
import { OverlayContext } from './overlay-context';
import { overlayStyles } from './overlay-styles';
import { installHighlightStyles } from './install-highlight-styles';

/**
 * Draws the overlay in an open shadow root on a `tactful-overlay` element of its own, never inside the
 * editor's DOM: editors revert or choke on nodes they did not create.
 */
export function mountOverlay(document: Document, store: CoachStore, actions: CoachActions, signal: AbortSignal): ShadowRoot {
  const host = document.createElement('tactful-overlay');
  host.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:2147483647;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = overlayStyles;
  shadow.append(style);
  const container = document.createElement('div');
  shadow.append(container);
  document.documentElement.append(host);
  installHighlightStyles(document, signal);
  render(
    <OverlayContext.Provider value={{ store, actions }}>
      <Overlay />
    </OverlayContext.Provider>,
    container,
  );
  signal.addEventListener('abort', () => {
    render(null, container);
    host.remove();
  });
  return shadow;
}
