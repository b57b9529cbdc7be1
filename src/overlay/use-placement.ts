import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Placement, Size } from './rect';

/**
 * Measures a floating element after each render and moves it where `place` says, before the browser
 * paints: its size is only known once its content is laid out.
 */
export function usePlacement<T extends HTMLElement>(place: (size: Size, viewport: Size, element: T) => Placement) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const view = element.ownerDocument.defaultView ?? window;
    // The height it would take unclipped, read without lifting max-height, which would lose the scroll position.
    const size = { width: element.offsetWidth, height: element.scrollHeight + element.offsetHeight - element.clientHeight };
    const placement = place(size, { width: view.innerWidth, height: view.innerHeight }, element);
    element.style.left = `${placement.left}px`;
    element.style.top = `${placement.top}px`;
    element.style.maxHeight = `${Math.max(placement.maxHeight, 80)}px`;
    element.style.visibility = 'visible';
  });
  return ref;
}
