/**
 * The nearest ancestor matching `selector`, the element included, going on past each open shadow root to its host:
 * `closest` stops at the shadow root, and a page marks the custom element, not what it draws inside.
 */
export function closestAcrossShadows(element: Element, selector: string): Element | null {
  for (let current: Element | null = element; current; ) {
    const found = current.closest(selector);
    if (found) return found;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
