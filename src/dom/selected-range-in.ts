/**
 * The selection as the element's own tree sees it. For an element in a shadow tree `document.getSelection()` reports
 * the selection at the outermost host; `getComposedRanges` given the shadow roots reports it where it is (Chromium 137
 * and later; before that, Chromium's `ShadowRoot.getSelection`). Null when nothing is selected.
 */
export function selectedRangeIn(element: Element): AbstractRange | null {
  const shadowRoots: ShadowRoot[] = [];
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) shadowRoots.push(root);
  const selection = element.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  if (shadowRoots.length === 0) return selection.getRangeAt(0);
  if ('getComposedRanges' in selection) return selection.getComposedRanges({ shadowRoots })[0] ?? null;
  const inner = (shadowRoots[0] as ShadowRoot & { getSelection?(): Selection | null }).getSelection?.();
  return inner && inner.rangeCount > 0 ? inner.getRangeAt(0) : null;
}
