import { askEditorBridge } from '../bridge/ask-editor-bridge';
import type { BridgedEditor } from '../bridge/bridge-protocol';
import type { ReplacementStrategy } from './replacement-strategy';

/**
 * A strategy that asks the editor's own API, through the main-world bridge, to replace the range. A refusal
 * (the text changed, the editor is read-only) touches nothing; where the bridge finds no editor object,
 * `fallback` sends the edit the way the DOM allows.
 */
export function viaEditorBridge(kind: BridgedEditor, fallback: ReplacementStrategy): ReplacementStrategy {
  return async (editor, text, replacement) => {
    const answer = await askEditorBridge(editor, {
      editor: kind,
      start: replacement.start,
      end: replacement.end,
      expected: replacement.expected,
      text: replacement.text,
    });
    if (answer?.status === 'replaced') return true;
    if (answer?.status === 'refused') return false;
    return fallback(editor, text, replacement);
  };
}
