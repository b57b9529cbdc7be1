import type { AdapterId, HelpDeskAdapter, SendKey } from './adapter';
import { hostInDocument } from '../dom/host-in-document';
import { isHidden } from './shared/is-hidden';
import { findReplyBoxes } from './read-conversation';
import { namesSending } from './shared/send-button-names';

/** Elements a page sends with: buttons, links and inputs made buttons. */
const buttonSelector = 'button, [role="button"], [role="menuitem"], input[type="submit"], input[type="button"], input[type="image"]';

/** The send buttons of one reply box, and whether the product's selectors or the generic names found them. */
export interface SendButtons {
  buttons: HTMLElement[];
  answeredBy: AdapterId;
}

/**
 * The buttons that send this reply box's reply: the product's send buttons, but for those nearer another reply box
 * (another ticket's composer), so a split button's menu drawn at the end of the page counts too; else the buttons
 * named Send, Reply and the like nearest the box (those sharing the deepest ancestor with it). An editor in a
 * same-origin frame (CKEditor 4) is sent from the page around the frame. Read on a send only, never per keystroke.
 */
export function findSendButtons(adapter: HelpDeskAdapter, editor: HTMLElement): SendButtons {
  for (const anchor of anchorsOf(editor)) {
    if (adapter.send.buttons) {
      const document = anchor.ownerDocument;
      const others = findReplyBoxes(adapter, document).value.map(hostInDocument).filter((box) => box !== anchor && !box.contains(anchor));
      const product = visible(document.querySelectorAll<HTMLElement>(adapter.send.buttons)).filter(
        (button) => !anchor.contains(button) && others.every((other) => sharedDepth(other, button) <= sharedDepth(anchor, button)),
      );
      if (product.length > 0) return { buttons: product, answeredBy: adapter.id };
    }
    const named = nearest(anchor, visible(anchor.ownerDocument.querySelectorAll<HTMLElement>(buttonSelector)).filter((button) => namesSending(labelOf(button))));
    if (named.length > 0) return { buttons: named, answeredBy: 'generic' };
  }
  return { buttons: [], answeredBy: 'generic' };
}

/** The keys that send from this reply box: the product's, and Enter where the box says Enter sends. */
export function sendKeys(adapter: HelpDeskAdapter, editor: HTMLElement): SendKey[] {
  const keys = new Set<SendKey>(adapter.send.keys);
  if (editor.getAttribute('enterkeyhint')?.toLowerCase() === 'send') keys.add('enter');
  return [...keys];
}

/** Whether a key press is one of `keys`: Ctrl or ⌘ with Enter, or a plain Enter outside a composition. */
export function isSendKey(event: KeyboardEvent, keys: readonly SendKey[]): boolean {
  if (event.key !== 'Enter' || event.isComposing || event.altKey) return false;
  const mod = event.ctrlKey || event.metaKey;
  if (mod) return !event.shiftKey && keys.includes('mod+enter');
  return !event.shiftKey && keys.includes('enter');
}

/** Where the reply box stands in its document, then its frame in the page around it while that is the same origin. */
export function anchorsOf(editor: HTMLElement): Element[] {
  const anchors: Element[] = [hostInDocument(editor)];
  for (let view: Window | null = editor.ownerDocument.defaultView; view && view !== view.parent; view = view.parent) {
    let frame: Element | null = null;
    try {
      frame = view.frameElement;
    } catch {
      break;
    }
    if (!frame) break;
    anchors.push(hostInDocument(frame));
  }
  return anchors;
}

function visible(elements: Iterable<HTMLElement>): HTMLElement[] {
  return [...elements].filter((element) => !isHidden(element));
}

/** How deep in the document the deepest ancestor of both lies; deeper is nearer. */
function sharedDepth(a: Node, b: Node): number {
  const ancestors = new Set<Node>();
  for (let node: Node | null = a; node; node = node.parentNode) ancestors.add(node);
  let node: Node | null = b;
  while (node && !ancestors.has(node)) node = node.parentNode;
  let depth = 0;
  for (; node; node = node.parentNode) depth++;
  return depth;
}

/** The candidates whose deepest shared ancestor with `anchor` is deepest, in document order. */
function nearest(anchor: Element, candidates: readonly HTMLElement[]): HTMLElement[] {
  let best = 0;
  let found: HTMLElement[] = [];
  for (const candidate of candidates) {
    if (anchor.contains(candidate)) continue;
    const shared = sharedDepth(anchor, candidate);
    if (shared > best) {
      best = shared;
      found = [candidate];
    } else if (shared === best) {
      found.push(candidate);
    }
  }
  return found;
}

/** What the agent reads on a button: its accessible label, an input's value, else its text. */
function labelOf(button: HTMLElement): string {
  const label = button.getAttribute('aria-label');
  if (label) return label;
  if (button instanceof HTMLInputElement) return button.value;
  return button.textContent || button.getAttribute('title') || '';
}
