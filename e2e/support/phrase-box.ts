import type { Page } from 'playwright-core';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where a phrase of the draft is drawn: in a contenteditable, the box of the DOM range over its text; in a
 * textarea, which has no ranges, the box of the overlay mirror's underline over it.
 */
export async function phraseBox(page: Page, phrase: string): Promise<Box> {
  return page.evaluate((wanted) => {
    // The editor may be drawn in an open shadow root (e2e/pages/shadow-dom), which querySelector does not enter.
    const find = (root: ParentNode): HTMLElement | null =>
      root.querySelector<HTMLElement>(window.fixture!.inputSelector) ?? [...root.querySelectorAll('*')].reduce<HTMLElement | null>((found, element) => found ?? (element.shadowRoot ? find(element.shadowRoot) : null), null);
    const editor = find(document)!;
    let rect: DOMRect | undefined;
    if (editor instanceof HTMLTextAreaElement) {
      const runs = document.querySelector('tactful-overlay')!.shadowRoot!.querySelectorAll('[data-testid=tactful-underline]');
      rect = [...runs].find((run) => run.textContent === wanted)?.getBoundingClientRect();
    } else {
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const index = node.data.indexOf(wanted);
        if (index < 0) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + wanted.length);
        rect = range.getBoundingClientRect();
        break;
      }
    }
    if (!rect) throw new Error(`phrase not drawn: ${wanted}`);
    return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
  }, phrase);
}
