import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { createEditor, Editor, type Descendant } from 'slate';
import { Editable, Slate, withReact } from 'slate-react';
import { withHistory } from 'slate-history';
import { htmlToText } from '../pages/html-to-text';
import type { MountEditor } from './mount-editor';
import { productMarkers } from './product-markers';

/**
 * Slate as Help Scout's new UI uses it, rendered by React (written without JSX: the repository's JSX settings are
 * Preact's) in an element put where the placeholder was. The product's markers are props of `Editable`, which
 * renders them on its editable (as `className` for classes).
 */
const mountSlate: MountEditor = async (placeholder) => {
  const editor = withHistory(withReact(createEditor()));
  const initialValue: Descendant[] = htmlToText(placeholder.innerHTML)
    .split('\n')
    .map((text) => ({ type: 'paragraph', children: [{ text }] }));
  const { class: className, ...markers } = productMarkers(placeholder);

  const site = placeholder.ownerDocument.createElement('div');
  placeholder.replaceWith(site);
  const root = createRoot(site);
  flushSync(() => root.render(createElement(Slate, { editor, initialValue, children: createElement(Editable, { ...markers, className }) })));
  return { readModel: () => editor.children.map((_, index) => Editor.string(editor, [index])).join('\n') };
};

export default mountSlate;
