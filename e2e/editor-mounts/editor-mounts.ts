import type { MountEditor } from './mount-editor';

/**
 * The mount module of each editor a fixture can name in its `tactful:editor` meta, one line an editor: loaded
 * on demand, so a page loads only its own editor.
 */
export const editorMounts: Record<string, () => Promise<{ default: MountEditor }>> = {
  ckeditor4: () => import('./ckeditor4'),
  ckeditor5: () => import('./ckeditor5'),
  contenteditable: () => import('./contenteditable'),
  draftjs: () => import('./draftjs'),
  froala: () => import('./froala'),
  prosemirror: () => import('./prosemirror'),
  roosterjs: () => import('./roosterjs'),
  slate: () => import('./slate'),
  summernote: () => import('./summernote'),
  textarea: () => import('./textarea'),
  tiptap: () => import('./tiptap'),
};
