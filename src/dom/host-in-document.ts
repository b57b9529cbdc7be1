/**
 * The element of the document itself that is `element` or holds it in (possibly nested) shadow roots. Document
 * order means nothing across a shadow boundary (`compareDocumentPosition` answers arbitrarily), so a shadow tree's
 * place among the page's elements is its host's.
 */
export function hostInDocument(element: Element): Element {
  let current = element;
  for (let root = current.getRootNode(); root instanceof ShadowRoot; root = current.getRootNode()) current = root.host;
  return current;
}
