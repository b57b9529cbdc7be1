/** The focused element, followed into open shadow roots: `document.activeElement` stops at the outermost shadow host. */
export function deepActiveElement(document: Document): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
