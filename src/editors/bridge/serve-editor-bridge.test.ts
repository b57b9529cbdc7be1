// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { bridgeProtocolVersion, bridgeRequestEvent, bridgeResponseEvent } from './bridge-protocol';
import { serveEditorBridge } from './serve-editor-bridge';

function ask(element: HTMLElement, detail: unknown): string[] {
  const answers: string[] = [];
  element.addEventListener(bridgeResponseEvent, (event) => answers.push((event as CustomEvent<string>).detail));
  element.dispatchEvent(new CustomEvent(bridgeRequestEvent, { detail, composed: true }));
  return answers;
}

const request = (id: string): string =>
  JSON.stringify({ version: bridgeProtocolVersion, id, editor: 'ckeditor5', start: 0, end: 2, expected: 'Hi', text: 'Hello' });

describe('serveEditorBridge', () => {
  beforeAll(() => {
    serveEditorBridge(document);
    // Injected twice (the coach reloaded): still one answer per request.
    serveEditorBridge(document);
  });

  it('answers once, and says so when the element has no editor it knows', () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Hi there</p></div>';
    const answers = ask(document.querySelector('div')!, request('r1'));
    expect(answers.map((answer) => JSON.parse(answer))).toEqual([{ version: bridgeProtocolVersion, id: 'r1', status: 'unavailable', reason: 'no CKEditor 5 instance on the element' }]);
  });

  it('ignores malformed requests and elements that are not editable', () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Hi there</p></div><p id="plain">Hi</p>';
    expect(ask(document.querySelector('div')!, '{"version":1,"id":"r2","editor":"ckeditor5"}')).toEqual([]);
    expect(ask(document.querySelector('div')!, { id: 'r3' })).toEqual([]);
    expect(ask(document.getElementById('plain')!, request('r4'))).toEqual([]);
  });
});
