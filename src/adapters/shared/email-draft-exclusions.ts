import { historyStartSelector, quoteSelector, signatureSelector } from './email-markup';

const excludedSelector = `${historyStartSelector},${quoteSelector},${signatureSelector}`;

/**
 * Quoted history and signatures inside a reply box, outermost elements only. Quoted history runs to the end of
 * its block: Outlook puts the earlier mail after #divRplyFwdMsg as siblings, so those are included.
 */
export function emailDraftExclusions(editor: HTMLElement): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const element of editor.querySelectorAll<HTMLElement>(excludedSelector)) {
    if (found.some((outer) => outer.contains(element))) continue;
    found.push(element);
    if (!element.matches(historyStartSelector)) continue;
    for (let sibling = element.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
      if (sibling instanceof HTMLElement) found.push(sibling);
    }
  }
  return found;
}
