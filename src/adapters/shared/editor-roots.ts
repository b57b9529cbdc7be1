import { editableRoot } from '../../detector/find-coachable-editor';
import { isHidden } from './is-hidden';

/**
 * The visible editor roots among the elements `selector` finds: a match may be the editor itself, a node inside
 * it, or a container around it (products mark whichever they like). Each root once, in document order.
 */
export function editorRoots(scope: ParentNode, selector: string): HTMLElement[] {
  const roots: HTMLElement[] = [];
  for (const match of scope.querySelectorAll<HTMLElement>(selector)) {
    const root = match instanceof HTMLTextAreaElement ? match : editableRoot(match) ?? innerEditor(match);
    if (root && !isHidden(root) && !roots.includes(root)) roots.push(root);
  }
  return roots;
}

function innerEditor(container: HTMLElement): HTMLElement | null {
  const inner = container.querySelector<HTMLElement>('[contenteditable="true"], textarea');
  if (!inner) return null;
  return inner instanceof HTMLTextAreaElement ? inner : editableRoot(inner);
}
