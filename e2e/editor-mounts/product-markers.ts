/** The attributes a fixture's product puts on an element, by name: classes, test ids, role, labels, `data-expect`... */
export type Markers = Record<string, string>;

/**
 * The product's markers on an element of the static page, without what the editor library renders itself:
 * `contenteditable`, and the classes `editorClass` matches (carried over, they would be doubled).
 */
export function productMarkers(element: Element, editorClass?: RegExp): Markers {
  const markers: Markers = {};
  for (const { name, value } of element.attributes) {
    if (name !== 'contenteditable' && name !== 'class') markers[name] = value;
  }
  const classes = [...element.classList].filter((name) => !editorClass?.test(name));
  if (classes.length > 0) markers.class = classes.join(' ');
  return markers;
}

/** Puts markers on an element the editor renders once and leaves alone: classes are added to the editor's own. */
export function setMarkers(element: Element, markers: Markers): void {
  for (const [name, value] of Object.entries(markers)) {
    if (name === 'class') element.classList.add(...value.split(/\s+/));
    else element.setAttribute(name, value);
  }
}
