import { viewportMargin, type Rect, type Size } from './rect';

const gap = 6;

/**
 * The badge's top-left corner: just outside the editor's bottom-right corner, where it covers no text; inside the
 * corner when the editor reaches the viewport's right edge. Where the page has its own control there (a chat
 * composer's Send button in or beside the corner), the next free spot: the top-right corner outside, then inside,
 * under or over the box, then its bottom-left corner. `isFree` says whether a spot leaves the page's controls
 * uncovered; when none is free, the usual spot stays.
 */
export function placeBadge(editor: Rect, badge: Size, viewport: Size, isFree: (spot: Rect) => boolean = () => true): { left: number; top: number } {
  const outside = { left: editor.right + gap, top: editor.bottom - badge.height };
  const inside = { left: editor.right - badge.width - gap, top: editor.bottom - badge.height - gap };
  const first = viewport.width - viewportMargin - editor.right - gap >= badge.width ? outside : inside;
  const spot = (at: { left: number; top: number }): Rect => ({ ...at, right: at.left + badge.width, bottom: at.top + badge.height });
  if (isFree(spot(first))) return first;
  const others = [
    { left: editor.right + gap, top: editor.top },
    { left: editor.right - badge.width, top: editor.bottom + gap },
    { left: editor.right - badge.width, top: editor.top - badge.height - gap },
    inside,
    { left: editor.right - badge.width - gap, top: editor.top + gap },
    { left: editor.left + gap, top: editor.bottom - badge.height - gap },
  ];
  const fits = (at: { left: number; top: number }): boolean => at.left >= 0 && at.top >= 0 && at.left + badge.width <= viewport.width && at.top + badge.height <= viewport.height;
  return others.find((at) => at !== first && fits(at) && isFree(spot(at))) ?? first;
}
