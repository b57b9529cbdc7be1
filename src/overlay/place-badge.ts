import { viewportMargin, type Rect, type Size } from './rect';

const gap = 6;

/**
 * The badge's top-left corner: just outside the editor's bottom-right corner, where it covers no text;
 * inside the corner when the editor reaches the viewport's right edge.
 */
export function placeBadge(editor: Rect, badge: Size, viewport: Size): { left: number; top: number } {
  const top = editor.bottom - badge.height;
  if (viewport.width - viewportMargin - editor.right - gap >= badge.width) return { left: editor.right + gap, top };
  return { left: editor.right - badge.width - gap, top: top - gap };
}
