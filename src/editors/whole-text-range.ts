import type { EditorText } from './editor-text';

/**
 * `text` whose ranges also cover the whole draft when it has no text nodes to map (an emptied box reads "" or
 * "\n" from a `<p><br></p>`): then the range is all of the root's contents, so a restored draft can replace it.
 */
export function withWholeTextRange(root: HTMLElement, text: EditorText): EditorText {
  return {
    ...text,
    rangeAt(start, end) {
      const range = text.rangeAt(start, end);
      if (range || start !== 0 || end !== text.text.length) return range;
      const whole = root.ownerDocument.createRange();
      whole.selectNodeContents(root);
      return whole;
    },
  };
}
