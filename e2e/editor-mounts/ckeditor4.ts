import { ckeditor4FrameSelector, readCkeditor4Text, replaceWithCkeditor4 } from '../pages/ckeditor4/replace-with-ckeditor4';
import type { MountEditor } from './mount-editor';
import { productMarkers } from './product-markers';

/** The textarea's attributes that stay on it: it remains the form field CKEditor saves the draft into. */
const formField = new Set(['id', 'name']);

/**
 * CKEditor 4 as Salesforce's email composer uses it: `CKEDITOR.replace` on the composer's textarea, which it hides
 * and seeds the editor from, editing in an iframe whose body is the editable. The product's other markers move onto
 * that body through CKEditor's DOM API, again whenever CKEditor rewrites the iframe's document.
 */
const mountCkeditor4: MountEditor = async (placeholder) => {
  if (!(placeholder instanceof HTMLTextAreaElement)) throw new Error('CKEditor 4 replaces a textarea');
  const markers = Object.entries(productMarkers(placeholder)).filter(([name]) => !formField.has(name));
  for (const [name] of markers) placeholder.removeAttribute(name);
  const editor = await replaceWithCkeditor4(placeholder);
  const mark = (): void => {
    const editable = editor.editable();
    for (const [name, value] of markers) {
      if (name === 'class') for (const className of value.split(/\s+/)) editable.addClass(className);
      else editable.setAttribute(name, value);
    }
  };
  mark();
  editor.on('contentDom', mark);
  return { readModel: () => readCkeditor4Text(editor), frameSelector: ckeditor4FrameSelector };
};

export default mountCkeditor4;
