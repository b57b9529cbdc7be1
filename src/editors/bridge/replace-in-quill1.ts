import type { BridgeAnswer, BridgeRequest } from './bridge-protocol';
import { checkedRange, selectRange } from './checked-range';

/** The few parts of Quill 1's API the bridge uses; checked at run time, since the page provides them. */
interface Quill1 {
  root: unknown;
  isEnabled(): boolean;
  getSelection(): { index: number; length: number } | null;
  getText(index: number, length: number): string;
  getContents(index: number, length: number): { ops: { attributes?: Record<string, unknown> }[] };
  updateContents(ops: object[], source: 'user'): unknown;
  setSelection(index: number, length: number, source: 'user'): void;
  history: { cutoff(): void };
}

/**
 * Replaces the range through Quill 1's API, as one undo step. Quill 1 pastes by letting the browser paste
 * into a hidden element and reading it a task later: a synthetic paste carries nothing there, and it deleted
 * the flagged words (measured). Quill 1 keeps its instance on its container (`__quill`, which Quill 2 no
 * longer sets). Quill maps the selected DOM range to its own index; its history is cut before the edit, so
 * the agent's typing stays a step of its own, and after it, so typing on does not join the fix.
 */
export function replaceInQuill1(root: HTMLElement, request: BridgeRequest): BridgeAnswer {
  const quill = asQuill1((root.parentElement as { __quill?: unknown } | null)?.__quill);
  if (!quill || quill.root !== root) return { status: 'unavailable', reason: 'no Quill 1 instance on the element' };
  if (!quill.isEnabled()) return { status: 'refused', reason: 'the editor is read-only' };
  const range = checkedRange(root, request);
  if (!(range instanceof Range)) return range;

  root.focus();
  selectRange(root, range);
  const selected = quill.getSelection();
  if (!selected || quill.getText(selected.index, selected.length) !== request.expected) {
    return { status: 'refused', reason: 'the model does not hold the expected text' };
  }
  // The formatting of the first replaced character carries over, as when typing over a selection.
  const attributes = quill.getContents(selected.index, 1).ops[0]?.attributes;
  quill.history.cutoff();
  quill.updateContents([{ retain: selected.index }, { delete: selected.length }, { insert: request.text, ...(attributes ? { attributes } : {}) }], 'user');
  quill.history.cutoff();
  quill.setSelection(selected.index + request.text.length, 0, 'user');
  return { status: 'replaced' };
}

function asQuill1(value: unknown): Quill1 | null {
  const quill = value as Partial<Quill1> | null | undefined;
  if (typeof quill !== 'object' || quill === null) return null;
  if (typeof quill.getSelection !== 'function' || typeof quill.updateContents !== 'function' || typeof quill.history?.cutoff !== 'function') return null;
  if (typeof quill.getText !== 'function' || typeof quill.getContents !== 'function' || typeof quill.setSelection !== 'function' || typeof quill.isEnabled !== 'function') return null;
  return quill as Quill1;
}
