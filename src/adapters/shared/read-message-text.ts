import { maskQuotedHistory } from '../../analysis/customer/mask-quoted-history';
import { historyStartSelector, quoteSelector, signatureSelector } from './email-markup';

/** Elements that start a new line of text. */
const blockTags = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);
/** Elements whose content is not words of the message. */
const skippedTags = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'IMG', 'VIDEO', 'AUDIO', 'CANVAS', 'IFRAME', 'OBJECT', 'BUTTON']);
const skippedSelector = `${quoteSelector},${signatureSelector},[hidden],[aria-hidden="true"]`;

/**
 * A thread message's own words as plain text: quoted passages, signatures and everything from the start of quoted
 * history ("On ... wrote:", Gmail's and Outlook's quote blocks) are left out. Reads text nodes only, so markup in
 * the page is never interpreted.
 */
export function readMessageText(body: HTMLElement): string {
  let text = '';
  let historyStarted = false;
  const visit = (node: Node): void => {
    if (historyStarted) return;
    if (node.nodeType === Node.TEXT_NODE) {
      text += (node as Text).data.replace(/\s+/g, ' ');
      return;
    }
    // Not `instanceof Element`: a reply box in an iframe reads the messages of the page around it, another realm.
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (skippedTags.has(tag)) return;
    if (element.matches(historyStartSelector)) {
      historyStarted = true;
      return;
    }
    if (element.matches(skippedSelector)) return;
    if (tag === 'BR') {
      text += '\n';
      return;
    }
    const block = blockTags.has(tag);
    if (block) text += '\n';
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (block) text += '\n';
  };
  for (let child = body.firstChild; child; child = child.nextSibling) visit(child);
  return tidy(maskQuotedHistory(tidy(text)));
}

/** One space between words, no spaces around line ends, at most one blank line between paragraphs. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
