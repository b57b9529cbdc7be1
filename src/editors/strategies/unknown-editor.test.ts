// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serveEditorBridge } from '../bridge/serve-editor-bridge';
import { readEditorText } from '../read-editor-text';
import { unknownEditor } from './unknown-editor';

const draft = 'Hi Dana, as I already said, the refund takes 5 days.';
const replacement = { draft, start: 9, end: 26, expected: 'as I already said', text: 'to recap' };

/** Replaces the selection's text, as an editor rendering from its model, or the browser, would. */
function applyToSelection(text: string): void {
  const range = document.getSelection()!.getRangeAt(0);
  range.deleteContents();
  range.insertNode(document.createTextNode(text));
}

describe('unknownEditor', () => {
  let root: HTMLElement;
  let seen: string[];

  beforeAll(() => {
    // happy-dom has no StaticRange; the bridge only passes the range on.
    (globalThis as Record<string, unknown>).StaticRange ??= class {
      constructor(readonly range: Range) {}
    };
    // happy-dom has no execCommand: this one inserts over the selection, as the browser does, and records the call.
    (document as unknown as Record<string, unknown>).execCommand = (command: string, _ui: boolean, text: string) => {
      seen.push(command);
      applyToSelection(text);
      return true;
    };
    // The background's answer to "load the bridge": here it is served in this very document.
    serveEditorBridge(document);
  });

  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(true));
    seen = [];
    document.body.innerHTML = `<div contenteditable="true"><p>${draft}</p></div>`;
    root = document.querySelector('div')!;
  });

  /** An editor handling the inputs in `takes`; `acts` false: it cancels them and does nothing. */
  function editor(takes: string[], acts = true): void {
    root.addEventListener('beforeinput', (event) => {
      const input = event as InputEvent;
      seen.push(input.inputType);
      if (!takes.includes(input.inputType)) return;
      event.preventDefault();
      if (acts) applyToSelection(input.dataTransfer!.getData('text/plain'));
    });
    root.addEventListener('paste', (event) => {
      seen.push('paste');
      if (!takes.includes('paste')) return;
      event.preventDefault();
      if (acts) applyToSelection((event as ClipboardEvent).clipboardData!.getData('text/plain'));
    });
  }

  it('takes the replacement input first, and sends nothing more once the editor applied it', async () => {
    editor(['insertReplacementText', 'paste']);
    expect(await unknownEditor(root, readEditorText(root), replacement)).toBe(true);
    expect(readEditorText(root).text).toBe('Hi Dana, to recap, the refund takes 5 days.');
    expect(seen).toEqual(['insertReplacementText']);
  });

  it('moves on to a paste when the editor leaves the replacement input alone', async () => {
    editor(['paste']);
    expect(await unknownEditor(root, readEditorText(root), replacement)).toBe(true);
    expect(readEditorText(root).text).toBe('Hi Dana, to recap, the refund takes 5 days.');
    expect(seen).toEqual(['insertReplacementText', 'paste']);
  });

  it('moves on when the editor took an input but its text did not change, and inserts through the browser last', async () => {
    editor(['insertReplacementText', 'paste'], false);
    expect(await unknownEditor(root, readEditorText(root), replacement)).toBe(true);
    expect(seen).toEqual(['insertReplacementText', 'paste', 'insertText']);
    expect(readEditorText(root).text).toBe('Hi Dana, to recap, the refund takes 5 days.');
  });

  it('sends nothing when the draft changed since it was read', async () => {
    editor(['insertReplacementText', 'paste']);
    const text = readEditorText(root);
    root.querySelector('p')!.textContent = draft.replace('Hi', 'Hello');
    expect(await unknownEditor(root, text, replacement)).toBe(false);
    expect(seen).toEqual([]);
  });
});
