/** The agent's draft as plain text, and how its offsets map back to the editor's DOM. */
export interface EditorText {
  /** Plain text, as the analysis sees it: paragraphs and line breaks become "\n". */
  text: string;
  /** The DOM range covering text offsets [start, end), or null where the text has no DOM (a textarea). */
  rangeAt(start: number, end: number): Range | null;
  /** The text offset of a DOM position inside the editor, or null when it is outside. */
  offsetAt(node: Node, offset: number): number | null;
}
