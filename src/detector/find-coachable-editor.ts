import { closestAcrossShadows } from '../dom/closest-across-shadows';

/**
 * Which element of the page is a reply box worth coaching: multi-line text the agent writes in, also inside open
 * shadow roots. Runs on every page, on focus, so it stays small and allocates nothing on pages without one.
 */

/** Editors of code, not prose: coaching tone there would only get in the way. */
const codeEditorSelector = '.cm-editor, .CodeMirror, .monaco-editor, .ace_editor, [data-language], code, pre';

/** Hidden editables an editor focuses for an instant to catch a paste (Quill 1): not a reply box of their own. */
const pasteCatcherSelector = '.ql-clipboard';

/** A site or an element opts out with data-tactful="off" on it or an ancestor, a shadow host included. */
const optOutSelector = '[data-tactful="off"]';

export function isCoachableTextarea(element: HTMLTextAreaElement): boolean {
  if (element.disabled || element.readOnly) return false;
  if (element.getAttribute('rows') === '1') return false;
  const role = element.getAttribute('role');
  if (role === 'searchbox' || role === 'combobox') return false;
  return !closestAcrossShadows(element, optOutSelector) && !closestAcrossShadows(element, codeEditorSelector);
}

/** The outermost editable element containing `node`: the editor's root, where text and selection live. */
export function editableRoot(node: Node): HTMLElement | null {
  let element: HTMLElement | null = node instanceof HTMLElement ? node : node.parentElement;
  if (!element?.isContentEditable) return null;
  while (element.parentElement?.isContentEditable) element = element.parentElement;
  return element;
}

export function isCoachableEditable(root: HTMLElement): boolean {
  if (closestAcrossShadows(root, optOutSelector) || closestAcrossShadows(root, codeEditorSelector)) return false;
  if (root.matches(pasteCatcherSelector)) return false;
  if (root.getAttribute('aria-multiline') === 'false') return false;
  const role = root.getAttribute('role');
  if (role === 'searchbox' || role === 'combobox') return false;
  return true;
}

/** The reply box the focused node belongs to, or null when it is not one to coach. */
export function findCoachableEditor(target: EventTarget | null): HTMLElement | null {
  if (target instanceof HTMLTextAreaElement) return isCoachableTextarea(target) ? target : null;
  if (!(target instanceof Node)) return null;
  const root = editableRoot(target);
  return root && isCoachableEditable(root) ? root : null;
}
