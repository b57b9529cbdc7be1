import type { EditorText } from './editor-text';

interface Segment {
  node: Text;
  /** Offset of the node's first character in the plain text. */
  start: number;
}

/** Elements that start a new line of text. */
const blockTags = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL']);
/** Elements whose content is not text the agent wrote. */
const skippedTags = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'IMG', 'VIDEO', 'AUDIO', 'CANVAS', 'IFRAME', 'OBJECT']);

/**
 * Reads a contenteditable editor's text without touching its DOM: text nodes in order, a "\n" between
 * blocks and for each <br>, and a map from text offsets back to the nodes for ranges and carets.
 */
export function readEditableText(root: HTMLElement): EditorText {
  const segments: Segment[] = [];
  // Pieces joined once at the end: asking a string built by `+=` about its last character flattens it every time,
  // which made reading a draft of 100,000 characters cost hundreds of milliseconds.
  const parts: string[] = [];
  let length = 0;
  let endsWithNewline = false;
  const append = (piece: string): void => {
    parts.push(piece);
    length += piece.length;
    endsWithNewline = piece.endsWith('\n');
  };
  // A block boundary becomes "\n" only once more text follows, so the draft never ends with one.
  let pendingNewline = false;
  const newline = (): void => {
    if (length !== 0 && !endsWithNewline) pendingNewline = true;
  };
  const flush = (): void => {
    if (pendingNewline) append('\n');
    pendingNewline = false;
  };
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const value = (node as Text).data;
      if (value === '') return;
      flush();
      segments.push({ node: node as Text, start: length });
      append(value);
      return;
    }
    if (!(node instanceof Element) || skippedTags.has(node.tagName.toUpperCase())) return;
    if (node.tagName === 'BR') {
      // ProseMirror and others keep an empty paragraph open with a trailing <br>: it is not a line of its own.
      if (node.nextSibling || !node.parentElement || !blockTags.has(node.parentElement.tagName) || node.parentElement.childNodes.length === 1) {
        flush();
        append('\n');
      }
      return;
    }
    const block = blockTags.has(node.tagName);
    if (block) newline();
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) newline();
  };
  for (let child = root.firstChild; child; child = child.nextSibling) visit(child);
  const text = parts.join('');

  return {
    text,
    rangeAt(start, end) {
      const from = position(segments, start, 'start');
      const to = position(segments, end, 'end');
      if (!from || !to) return null;
      const range = root.ownerDocument.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range;
    },
    offsetAt(node, offset) {
      if (!root.contains(node)) return null;
      // A map read before the editor re-rendered (ProseMirror replaces text nodes) cannot place the point.
      if (segments.some((segment) => !root.contains(segment.node))) return null;
      if (node.nodeType === Node.TEXT_NODE) {
        const segment = segments.find((candidate) => candidate.node === node);
        if (segment) return segment.start + Math.min(offset, segment.node.data.length);
      }
      const point = root.ownerDocument.createRange();
      point.setStart(node, offset);
      const after = segments.find((segment) => point.comparePoint(segment.node, 0) >= 0);
      return after ? after.start : text.length;
    },
  };
}

/** The text node and offset for a text offset; at a boundary between nodes, a range start takes the next node. */
function position(segments: readonly Segment[], offset: number, side: 'start' | 'end'): { node: Text; offset: number } | null {
  // The last segment that starts before the offset (at it, for a start) holds it, if any does: segments are in text order.
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = segments[middle]!.start;
    if (side === 'start' ? start <= offset : start < offset) low = middle + 1;
    else high = middle;
  }
  const segment = segments[low - 1];
  if (!segment) return null;
  const end = segment.start + segment.node.data.length;
  const inside = side === 'start' ? offset < end : offset <= end;
  return inside ? { node: segment.node, offset: offset - segment.start } : null;
}
