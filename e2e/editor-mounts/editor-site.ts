import { productMarkers, setMarkers } from './product-markers';

/**
 * Clears the place of an editor that renders its own DOM around its editable (`ownRoot`: Froala's box,
 * Summernote's frame, Draft.js's root): the static page's copy of that DOM, or the placeholder alone, is
 * replaced by an empty element for the real editor, with the product's markers on that root (Freshdesk puts its
 * test id on Froala's box). The placeholder itself, detached, still holds the draft and its own markers.
 */
export function editorSite(placeholder: HTMLElement, ownRoot: string, editorClass: RegExp): HTMLElement {
  const root = placeholder.closest<HTMLElement>(ownRoot) ?? placeholder;
  const site = placeholder.ownerDocument.createElement('div');
  if (root !== placeholder) setMarkers(site, productMarkers(root, editorClass));
  root.replaceWith(site);
  return site;
}
