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
  let text = '';
  // A block boundary becomes "\n" only once more text follows, so the draft never ends with one.
  let pendingNewline = false;
  const newline = (): void => {
    if (text !== '' && !text.endsWith('\n')) pendingNewline = true;
  };
  const flush = (): void => {
    if (pendingNewline) text += '\n';
    pendingNewline = false;
  };
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const value = (node as Text).data;
      if (value === '') return;
      flush();
      segments.push({ node: node as Text, start: text.length });
      text += value;
      return;
    }
    if (!(node instanceof Element) || skippedTags.has(node.tagName.toUpperCase())) return;
    if (node.tagName === 'BR') {
      // ProseMirror and others keep an empty paragraph open with a trailing <br>: it is not a line of its own.
      if (node.nextSibling || !node.parentElement || !blockTags.has(node.parentElement.tagName) || node.parentElement.childNodes.length === 1) {
        flush();
        text += '\n';
      }
      return;
    }
    const block = blockTags.has(node.tagName);
    if (block) newline();
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) newline();
  };
  for (let child = root.firstChild; child; child = child.nextSibling) visit(child);

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
  for (const segment of segments) {
    const end = segment.start + segment.node.data.length;
    const inside = side === 'start' ? offset >= segment.start && offset < end : offset > segment.start && offset <= end;
    if (inside) return { node: segment.node, offset: offset - segment.start };
  }
  const last = segments[segments.length - 1];
  if (side === 'end' && last && offset === last.start + last.node.data.length) return { node: last.node, offset: last.node.data.length };
  return null;
}
