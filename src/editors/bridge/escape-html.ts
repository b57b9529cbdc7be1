/** `text` as HTML text: markup characters escaped, so nothing in it is parsed as an element or attribute. */
export function escapeHtml(document: Document, text: string): string {
  // A detached element of the page's document: setting textContent parses nothing and runs nothing.
  const escaper = document.createElement('span');
  escaper.textContent = text;
  return escaper.innerHTML;
}
