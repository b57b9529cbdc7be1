import type { EditorText } from '../editor-text';
import type { Replacement } from '../replacement';

/**
 * How one kind of editor is asked to replace a range. It only sends the edit: the caller has already
 * checked the draft is unchanged, and reads the text back afterwards to verify the result.
 * Returns false when it could not even send the edit.
 */
export type ReplacementStrategy = (editor: HTMLElement, text: EditorText, replacement: Replacement) => Promise<boolean>;
