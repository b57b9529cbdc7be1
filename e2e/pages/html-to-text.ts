/** Block elements whose content is a line of its own in the plain text. */
const blockTags = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'TABLE', 'TR']);

/**
 * An editor's saved HTML (its own serialisation of the model) as plain text: "\n" between blocks and
 * for each <br>, except the <br> an editor puts in an empty paragraph to keep it open.
 */
export function htmlToText(html: string): string {
  const root = new DOMParser().parseFromString(html, 'text/html').body;
  let text = '';
  const newline = (): void => {
    if (text !== '' && !text.endsWith('\n')) text += '\n';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      text += (node as Text).data;
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.tagName === 'BR') {
      if (node.nextSibling || node.parentElement?.childNodes.length === 1) text += '\n';
      return;
    }
    const block = blockTags.has(node.tagName);
    if (block) newline();
    node.childNodes.forEach(visit);
    if (block) newline();
  };
  root.childNodes.forEach(visit);
  return text.replace(/\n$/, '').replace(/\u00a0/g, ' ');
}
