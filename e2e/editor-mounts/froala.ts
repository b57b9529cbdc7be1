import FroalaEditor from 'froala-editor';
import 'froala-editor/css/froala_editor.pkgd.min.css';
import { htmlToText } from '../pages/html-to-text';
import { editorSite } from './editor-site';
import type { MountEditor } from './mount-editor';
import { productMarkers, setMarkers } from './product-markers';

/**
 * Froala as Freshdesk uses it: created on an element with the draft in it, which becomes its box (`.fr-box`,
 * the toolbar and `.fr-wrapper > .fr-element`). Froala has no option for its editable's attributes and renders
 * that element once, so the product's markers are set on it directly.
 */
const mountFroala: MountEditor = async (placeholder) => {
  const box = editorSite(placeholder, '.fr-box', /^fr-/);
  box.innerHTML = placeholder.innerHTML;
  const editor = await new Promise<FroalaEditor>((resolve) => {
    new FroalaEditor(box, { heightMin: 160, toolbarButtons: ['bold', 'italic', 'undo', 'redo'] }, function (this: FroalaEditor) {
      resolve(this);
    });
  });
  setMarkers(editor.el as HTMLElement, productMarkers(placeholder, /^fr-/));
  return { readModel: () => htmlToText(editor.html.get()) };
};

export default mountFroala;
