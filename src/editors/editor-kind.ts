/** The editor libraries Tactful knows how to edit through; anything else is plain contenteditable or a textarea. */
export type EditorKind =
  | 'textarea'
  | 'prosemirror'
  | 'ckeditor5'
  | 'ckeditor4'
  | 'quill'
  | 'draftjs'
  | 'lexical'
  | 'slate'
  | 'tinymce'
  | 'summernote'
  | 'froala'
  | 'roosterjs'
  | 'trix'
  | 'contenteditable';

/**
 * Recognises the editor library from the markers it puts on its root element. An element without one is `unmarked`:
 * the editor of the product it is in, where the product's adapter knows one that marks nothing, else contenteditable.
 */
export function detectEditorKind(editor: HTMLElement, unmarked: EditorKind = 'contenteditable'): EditorKind {
  if (editor instanceof HTMLTextAreaElement) return 'textarea';
  if (editor.classList.contains('ck-editor__editable')) return 'ckeditor5';
  // CKEditor 4: the body of its iframe in classic mode, a div in inline mode.
  if (editor.classList.contains('cke_editable')) return 'ckeditor4';
  if (editor.classList.contains('ProseMirror')) return 'prosemirror';
  if (editor.classList.contains('ql-editor')) return 'quill';
  if (editor.classList.contains('public-DraftEditor-content') || editor.closest('.DraftEditor-root')) return 'draftjs';
  if (editor.hasAttribute('data-lexical-editor')) return 'lexical';
  if (editor.hasAttribute('data-slate-editor')) return 'slate';
  if (editor.id === 'tinymce' || editor.classList.contains('mce-content-body')) return 'tinymce';
  if (editor.classList.contains('note-editable')) return 'summernote';
  if (editor.classList.contains('fr-element')) return 'froala';
  if (editor.localName === 'trix-editor') return 'trix';
  return unmarked;
}
