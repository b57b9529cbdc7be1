import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { ContentState, Editor, EditorState } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { htmlToText } from '../pages/html-to-text';
import { editorSite } from './editor-site';
import type { MountEditor } from './mount-editor';
import { productMarkers, setMarkers } from './product-markers';

/**
 * Draft.js as Gorgias uses it, rendered by React (written without JSX: the repository's JSX settings are Preact's)
 * where the static page has its `.DraftEditor-root`. Draft's props name only some attributes (aria, role), not
 * ids, classes or test markers; React leaves attributes it did not set alone, so the markers are set directly.
 */
const mountDraftjs: MountEditor = async (placeholder) => {
  const site = editorSite(placeholder, '.DraftEditor-root', /^(DraftEditor-|public-DraftEditor-content$|notranslate$)/);
  let current = EditorState.createWithContent(ContentState.createFromText(htmlToText(placeholder.innerHTML)));

  function Reply() {
    const [editorState, setEditorState] = useState(current);
    return createElement(Editor, {
      editorState,
      onChange: (next: EditorState) => {
        current = next;
        setEditorState(next);
      },
    });
  }

  const root = createRoot(site);
  flushSync(() => root.render(createElement(Reply)));
  setMarkers(site.querySelector('.public-DraftEditor-content')!, productMarkers(placeholder, /^(public-DraftEditor-content|notranslate)$/));
  return { readModel: () => current.getCurrentContent().getPlainText('\n') };
};

export default mountDraftjs;
