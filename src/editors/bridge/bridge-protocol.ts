/**
 * The messages between a replacement strategy (the extension's isolated world) and the editor bridge (the
 * page's main world, where editor objects such as CKEditor's `ckeditorInstance` live). Both sides sit on
 * the same DOM, so a request is a CustomEvent dispatched on the editor's root element and the answer another
 * one on that element. Details are JSON strings: objects do not cross between worlds, strings do.
 * The page sees and can send these events too, so each side parses what it receives and trusts nothing else.
 */

/** Dispatched by the strategy on the editor's root element. */
export const bridgeRequestEvent = 'tactful-editor-bridge-request';
/** Dispatched by the bridge on the same element, answering one request by its id. */
export const bridgeResponseEvent = 'tactful-editor-bridge-response';
/** Bump when a message changes shape: a bridge left in the page by an older build then stays out of the way. */
export const bridgeProtocolVersion = 4;

/**
 * The editors the bridge edits: CKEditor 5, Froala, Quill 1, TinyMCE and Trix through their own API; Lexical and
 * Slate by the `beforeinput` they apply to their model, sent from the page's world, where its DataTransfer reads
 * as filled (in Firefox one made in the extension's world reads as empty to the page).
 */
export type BridgedEditor = 'ckeditor5' | 'froala' | 'lexical' | 'slate' | 'quill' | 'tinymce' | 'trix' | 'unknown';
const bridgedEditors: readonly BridgedEditor[] = ['ckeditor5', 'froala', 'lexical', 'slate', 'quill', 'tinymce', 'trix', 'unknown'];

/**
 * How an editor Tactful does not know is reached through its own input handling: the `beforeinput` of a spelling
 * replacement, or a plain-text paste. Sent from the page's world, where the editor's handlers read the event's data.
 */
export type EditorInput = 'replacement-input' | 'paste';
const editorInputs: readonly EditorInput[] = ['replacement-input', 'paste'];

/**
 * Replace [start, end) of the root's plain text (as `readEditableText` reads it), which must read `expected`;
 * an empty range inserts. For an `unknown` editor, `input` says which input to send.
 */
export interface BridgeRequest {
  version: typeof bridgeProtocolVersion;
  id: string;
  editor: BridgedEditor;
  start: number;
  end: number;
  expected: string;
  text: string;
  input?: EditorInput;
}

/** What the bridge made of a request. */
export type BridgeAnswer =
  | { status: 'replaced' }
  /** No editor of that kind on the element, or its API is not one the bridge knows: try another way. */
  | { status: 'unavailable'; reason: string }
  /** The editor is there but the edit was not made (the text changed, the range does not map): do not retry. */
  | { status: 'refused'; reason: string };

export type BridgeResponse = { version: typeof bridgeProtocolVersion; id: string } & BridgeAnswer;

/** Long enough for any reply and any suggestion; longer strings are refused before parsing. */
const maxDetailLength = 200_000;
const maxIdLength = 64;

export function parseBridgeRequest(detail: unknown): BridgeRequest | null {
  const value = parseObject(detail);
  if (!value || value.version !== bridgeProtocolVersion || !isId(value.id)) return null;
  const { editor, start, end, expected, text, input } = value;
  if (!bridgedEditors.includes(editor as BridgedEditor)) return null;
  if (!isOffset(start) || !isOffset(end) || start > end) return null;
  if (typeof expected !== 'string' || expected.length !== end - start || typeof text !== 'string') return null;
  const request: BridgeRequest = { version: bridgeProtocolVersion, id: value.id, editor: editor as BridgedEditor, start, end, expected, text };
  if (editor !== 'unknown') return input === undefined ? request : null;
  return editorInputs.includes(input as EditorInput) ? { ...request, input: input as EditorInput } : null;
}

export function parseBridgeResponse(detail: unknown): BridgeResponse | null {
  const value = parseObject(detail);
  if (!value || value.version !== bridgeProtocolVersion || !isId(value.id)) return null;
  if (value.status === 'replaced') return { version: bridgeProtocolVersion, id: value.id, status: 'replaced' };
  if ((value.status === 'unavailable' || value.status === 'refused') && typeof value.reason === 'string') {
    return { version: bridgeProtocolVersion, id: value.id, status: value.status, reason: value.reason.slice(0, 200) };
  }
  return null;
}

function parseObject(detail: unknown): Record<string, unknown> | null {
  if (typeof detail !== 'string' || detail.length > maxDetailLength) return null;
  try {
    const value: unknown = JSON.parse(detail);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= maxIdLength;
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
