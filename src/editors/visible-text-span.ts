import type { EditorText } from './editor-text';

/**
 * About which part of the draft is in view, as text offsets, with a screen's worth more on either side: what to
 * analyse and underline first. A textarea's text has no geometry of its own, so its share of the scroll height is
 * taken as its share of the text; a contenteditable's is read from the characters at its visible left corners.
 */
export function visibleTextSpan(editor: HTMLElement, text: EditorText): { start: number; end: number } {
  const length = text.text.length;
  const whole = { start: 0, end: length };
  const widened = (start: number, end: number) => {
    const margin = Math.max(end - start, 2000);
    return { start: Math.max(0, start - margin), end: Math.min(length, end + margin) };
  };
  if (editor instanceof HTMLTextAreaElement) {
    if (editor.scrollHeight <= editor.clientHeight) return whole;
    return widened(Math.floor((length * editor.scrollTop) / editor.scrollHeight), Math.ceil((length * (editor.scrollTop + editor.clientHeight)) / editor.scrollHeight));
  }
  const view = editor.ownerDocument.defaultView;
  if (!view) return whole;
  const box = editor.getBoundingClientRect();
  const top = Math.max(box.top, 0) + 2;
  const bottom = Math.min(box.bottom, view.innerHeight) - 2;
  const left = Math.max(box.left, 0) + 2;
  if (bottom <= top || left >= Math.min(box.right, view.innerWidth)) return whole;
  // Both on the left edge: the right-hand corners are where the badge sits. The margin covers the last line's rest.
  const start = offsetAtPoint(editor, text, left, top);
  const end = offsetAtPoint(editor, text, left, bottom);
  return start === null || end === null || end < start ? whole : widened(start, end);
}

function offsetAtPoint(editor: HTMLElement, text: EditorText, x: number, y: number): number | null {
  const document = editor.ownerDocument;
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? text.offsetAt(position.offsetNode, position.offset) : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? text.offsetAt(range.startContainer, range.startOffset) : null;
}
