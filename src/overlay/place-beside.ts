import { clamp, viewportMargin, type Placement, type Rect, type Size } from './rect';

const gap = 8;
/** Below this, a box beside or under the editor is too cramped to read: try the next side. */
const minimumHeight = 180;

/**
 * Places the panel beside the editor, never over it: right, else left, else below, else above, whichever
 * first has room. Only when the editor fills the viewport does the panel overlap it, at the right edge.
 */
export function placeBeside(editor: Rect, panel: Size, viewport: Size): Placement {
  const maxHeightAll = viewport.height - 2 * viewportMargin;
  const sideTop = clamp(editor.top, viewportMargin, viewport.height - viewportMargin - panel.height);
  if (viewport.width - editor.right - gap - viewportMargin >= panel.width) {
    return { left: editor.right + gap, top: sideTop, maxHeight: maxHeightAll };
  }
  if (editor.left - gap - viewportMargin >= panel.width) {
    return { left: editor.left - gap - panel.width, top: sideTop, maxHeight: maxHeightAll };
  }
  const left = clamp(editor.right - panel.width, viewportMargin, viewport.width - viewportMargin - panel.width);
  const below = viewport.height - viewportMargin - (editor.bottom + gap);
  const above = editor.top - gap - viewportMargin;
  if (below >= Math.min(panel.height, minimumHeight) && (below >= panel.height || below >= above)) {
    return { left, top: editor.bottom + gap, maxHeight: below };
  }
  if (above >= Math.min(panel.height, minimumHeight)) {
    const height = Math.min(panel.height, above);
    return { left, top: editor.top - gap - height, maxHeight: above };
  }
  return { left: viewport.width - viewportMargin - panel.width, top: viewportMargin, maxHeight: maxHeightAll };
}
