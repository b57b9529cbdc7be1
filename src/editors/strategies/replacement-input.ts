import { plainTextTransfer } from './plain-text-transfer';
import type { ReplacementStrategy } from './replacement-strategy';
import { selectAndSettle } from './select-and-settle';

/**
 * The editor's selection on the range, then a synthetic `beforeinput` of type `insertReplacementText`, what a
 * spelling correction sends. Editors that apply every edit to their model from `beforeinput` (Slate,
 * Lexical) take it as one undoable change. The event also names the range it replaces, so an editor that
 * syncs its selection late (Slate throttles `selectionchange`) still edits the right place. A synthetic event
 * has no default action: an editor that ignores it leaves the DOM untouched, and verification reports it.
 */
export const replacementInput: ReplacementStrategy = async (editor, text, replacement) => {
  const range = await selectAndSettle(editor, text, replacement.start, replacement.end);
  if (!range) return false;
  const input = new InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    dataTransfer: plainTextTransfer(replacement.text),
    targetRanges: [new StaticRange(range)],
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  // Editors cancel the native input they handle themselves; an event left alone was ignored.
  return !editor.dispatchEvent(input);
};
