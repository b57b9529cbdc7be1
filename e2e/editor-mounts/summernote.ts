import $ from 'jquery';
// The lite build needs no Bootstrap; as a module it extends the jQuery it requires, the one imported here.
import 'summernote/dist/summernote-lite.js';
import 'summernote/dist/summernote-lite.css';
import { htmlToText } from '../pages/html-to-text';
import { editorSite } from './editor-site';
import type { MountEditor } from './mount-editor';
import { productMarkers, setMarkers } from './product-markers';

/** The parts of Summernote's jQuery plugin used here: Summernote ships no types. */
declare global {
  interface JQuery<TElement = HTMLElement> {
    summernote(options: object): this;
    summernote(command: 'code'): string;
    data(key: 'summernote'): { layoutInfo: { editable: JQuery<HTMLElement> } };
  }
}

/**
 * Summernote as FreeScout uses it: created on a hidden source element holding the draft, it renders its frame
 * (`.note-editor > .note-editing-area > .note-editable`) after it. Summernote has no option for its editable's
 * attributes and renders that element once, so the product's markers are set on it directly.
 */
const mountSummernote: MountEditor = async (placeholder) => {
  const site = editorSite(placeholder, '.note-editor', /^note-/);
  site.innerHTML = placeholder.innerHTML;
  const source = $(site);
  source.summernote({ height: 160, toolbar: [['style', ['bold', 'italic']]] });
  setMarkers(source.data('summernote').layoutInfo.editable[0]!, productMarkers(placeholder, /^note-/));
  return { readModel: () => htmlToText(source.summernote('code')) };
};

export default mountSummernote;
