/** A real editor from npm, mounted in a fixture page in place of the placeholder the static page has. */
export interface MountedEditor {
  /** The draft as the editor's model holds it, "\n" between paragraphs. */
  readModel(): string;
  /** The iframe the editor edits in (CKEditor 4), where the coach runs; absent when the editor is in the page. */
  frameSelector?: string;
}

/**
 * Replaces the fixture's placeholder editable with the real editor, seeded with the placeholder's content, and
 * puts the product's markers (classes, test ids, role, labels, data-expect...) on the editor's editable element.
 */
export type MountEditor = (placeholder: HTMLElement) => Promise<MountedEditor>;
