/**
 * Whether the page hides an element through its markup: cheap attribute checks, no layout, so it also works on
 * fixtures without CSS. Catches how apps hide background tabs and how editors hide the textarea they replace.
 */
const hiddenSelector = '[hidden], [aria-hidden="true"], [style*="display: none"], [style*="display:none"]';

export function isHidden(element: Element): boolean {
  return element.closest(hiddenSelector) !== null;
}
