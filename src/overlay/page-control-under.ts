import type { Rect } from './rect';

/** What a page's own control is: something the agent clicks or types into. */
const controlSelector =
  'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="menuitem"], [role="tab"], [role="checkbox"], [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

/**
 * Whether a spot of the viewport covers none of the page's controls, other than the reply box itself (the badge may
 * sit inside its corner): the topmost element at the spot's corners and centre, under Tactful's own overlay, is
 * asked. Hit-testing costs a little, so callers ask again only when the layout changes, never per keystroke.
 */
export function coversNoPageControl(document: Document, editor: HTMLElement, spot: Rect): boolean {
  const inset = 2;
  const points: Array<[number, number]> = [
    [spot.left + inset, spot.top + inset],
    [spot.right - inset, spot.top + inset],
    [spot.left + inset, spot.bottom - inset],
    [spot.right - inset, spot.bottom - inset],
    [(spot.left + spot.right) / 2, (spot.top + spot.bottom) / 2],
  ];
  for (const [x, y] of points) {
    const top = document.elementsFromPoint(x, y).find((element) => element.localName !== 'tactful-overlay');
    if (!top || top === editor || editor.contains(top)) continue;
    const control = top.closest(controlSelector);
    if (control && control !== editor && !control.contains(editor)) return false;
  }
  return true;
}
