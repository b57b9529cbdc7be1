import { bridgeProtocolVersion, bridgeRequestEvent, bridgeResponseEvent, parseBridgeRequest, type BridgeAnswer, type BridgeRequest, type BridgedEditor, type BridgeResponse } from './bridge-protocol';
import { replaceInCkeditor5 } from './replace-in-ckeditor5';
import { replaceByInputEvent } from './replace-by-input-event';
import { replaceInFroala } from './replace-in-froala';
import { replaceInQuill1 } from './replace-in-quill1';
import { replaceInTinymce } from './replace-in-tinymce';
import { replaceInTrix } from './replace-in-trix';
import { replaceInUnknownEditor } from './replace-in-unknown-editor';

/** How the bridge edits each editor it knows, through that editor's own API. */
const handlers: Record<BridgedEditor, (root: HTMLElement, request: BridgeRequest) => BridgeAnswer> = {
  ckeditor5: replaceInCkeditor5,
  froala: replaceInFroala,
  lexical: replaceByInputEvent,
  slate: replaceByInputEvent,
  quill: replaceInQuill1,
  tinymce: replaceInTinymce,
  trix: replaceInTrix,
  unknown: replaceInUnknownEditor,
};

/**
 * Runs in the page's main world and answers replacement requests from the extension. Anyone on the page
 * can send one, so a request is parsed strictly and only ever edits, through the editor's API, the
 * editable element it was dispatched on: nothing the page could not do to its own editor anyway.
 * Strings are data only; nothing is evaluated.
 */
export function serveEditorBridge(document: Document): void {
  // Injected again when the coach reloads (the extension updated): one listener per protocol version is enough.
  const installed = Symbol.for(`tactful-editor-bridge-v${bridgeProtocolVersion}`);
  const globals = document.defaultView as unknown as Record<symbol, unknown> | null;
  if (!globals || globals[installed]) return;
  globals[installed] = true;

  document.addEventListener(
    bridgeRequestEvent,
    (event) => {
      // The element the request was dispatched on, even inside an open shadow root.
      const root = event.composedPath()[0];
      if (!(root instanceof HTMLElement) || !root.isContentEditable) return;
      const request = parseBridgeRequest((event as CustomEvent<unknown>).detail);
      if (!request) return;
      let answer: BridgeAnswer;
      try {
        answer = handlers[request.editor](root, request);
      } catch (error) {
        answer = { status: 'refused', reason: `the editor threw: ${error instanceof Error ? error.message : 'unknown error'}` };
      }
      const response: BridgeResponse = { ...answer, version: bridgeProtocolVersion, id: request.id };
      root.dispatchEvent(new CustomEvent(bridgeResponseEvent, { detail: JSON.stringify(response) }));
    },
    { capture: true },
  );
}
