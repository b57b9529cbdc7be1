import type { Finding } from '../analysis/types';
import type { EditorState } from '../coach/coach-store';
import type { Rect } from './rect';

/**
 * The box of a flagged phrase's lines in the viewport: from the DOM range in a contenteditable, from the
 * mirror's underlined runs for a textarea; the editor's box when neither can be measured.
 */
export function phraseRect(state: EditorState, finding: Finding, overlayRoot: ParentNode): Rect {
  const rects: DOMRect[] = [];
  const range = state.text.rangeAt(finding.start, finding.end);
  if (range) rects.push(...Array.from(range.getClientRects()));
  else {
    const runs = overlayRoot.querySelectorAll(`[data-testid=tactful-underline][data-finding-start="${finding.start}"][data-finding-end="${finding.end}"]`);
    for (const run of runs) rects.push(...Array.from(run.getClientRects()));
  }
  const visible = rects.filter((rect) => rect.width > 0 || rect.height > 0);
  if (visible.length === 0) return state.editor.getBoundingClientRect();
  return {
    left: visible[0]!.left,
    top: Math.min(...visible.map((rect) => rect.top)),
    right: Math.max(...visible.map((rect) => rect.right)),
    bottom: Math.max(...visible.map((rect) => rect.bottom)),
  };
}
