import type { MountEditor } from './mount-editor';

/**
 * A plain contenteditable (Gmail's and classic Zammad's own editors, Redactor, which is commercial and not on npm,
 * and unknown editors) has no model apart from its DOM: it stays as the page has it, read as the browser renders it.
 */
const mountContenteditable: MountEditor = async (editable) => ({ readModel: () => editable.innerText.replace(/\n$/, '') });

export default mountContenteditable;
