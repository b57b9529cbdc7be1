import { plainTextTransfer } from './plain-text-transfer';
import type { ReplacementStrategy } from './replacement-strategy';
import { selectAndSettle } from './select-and-settle';
import { viaEditorBridge } from './via-editor-bridge';

/**
 * The editor's selection on the range, then a synthetic `beforeinput` of type `insertReplacementText`, what a
 * spelling correction sends. Editors that apply every edit to their model from `beforeinput` (Slate,
 * Lexical) take it as one undoable change. The event also names the range it replaces, so an editor that
 * syncs its selection late (Slate throttles `selectionchange`) still edits the right place. A synthetic event
 * has no default action: an editor that ignores it leaves the DOM untouched, and verification reports it.
 */
export const replacementInput: ReplacementStrategy = async (editor, text, replacement) => {
  const range = await selectAndSettle(editor, text, replacement.start, replacement.end);
  return range ? sendReplacementInput(editor, range, replacement.text) : false;
};

/**
 * Dispatches the `beforeinput` replacing `range` with `text` on the editor, in the world this code runs in;
 * true when the editor took it (cancelled it). Also sent from the page's world by the editor bridge.
 */
export function sendReplacementInput(editor: HTMLElement, range: Range, text: string): boolean {
  const input = new InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    dataTransfer: plainTextTransfer(text),
    targetRanges: [new StaticRange(range)],
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  // Editors cancel the native input they handle themselves; an event left alone was ignored.
  return !editor.dispatchEvent(input);
}

/**
 * `replacementInput` sent from the page's world through the editor bridge, for editors that read the event's
 * DataTransfer (Lexical, Slate): in Firefox one made in the extension's world reads as empty to the page
 * (measured), so the fix never reached the model. The selection is settled here first, as the editor needs it;
 * without a bridge, the event goes from the extension's world as before.
 */
export function replacementInputInPage(kind: 'lexical' | 'slate'): ReplacementStrategy {
  const viaBridge = viaEditorBridge(kind, replacementInput);
  return async (editor, text, replacement) => (await selectAndSettle(editor, text, replacement.start, replacement.end)) !== null && viaBridge(editor, text, replacement);
}
