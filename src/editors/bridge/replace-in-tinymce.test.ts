// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bridgeProtocolVersion, type BridgeRequest } from './bridge-protocol';
import { replaceInTinymce } from './replace-in-tinymce';

const request = (overrides: Partial<BridgeRequest> = {}): BridgeRequest => ({
  version: bridgeProtocolVersion,
  id: 'm1',
  editor: 'tinymce',
  start: 9,
  end: 26,
  expected: 'as I already said',
  text: 'to recap',
  ...overrides,
});

/** A stand-in for a TinyMCE editor: inserts its HTML over the range it was given, records the calls. */
function fakeTinymce(body: HTMLElement, calls: string[], readOnly = false) {
  let range: Range | undefined;
  return {
    getBody: () => body,
    mode: { isReadOnly: () => readOnly },
    focus: () => undefined,
    selection: { setRng: (selected: Range) => (range = selected) },
    insertContent(html: string) {
      calls.push(`insert:${html}`);
      range!.deleteContents();
      const holder = document.createElement('span');
      holder.innerHTML = html;
      range!.insertNode(document.createTextNode(holder.textContent!));
    },
    undoManager: {
      add: () => calls.push(`level:${body.textContent}`),
      transact(callback: () => void) {
        calls.push('transact');
        callback();
        calls.push(`level:${body.textContent}`);
      },
    },
  };
}

describe('replaceInTinymce', () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '<div class="mce-content-body" contenteditable="true"><p>Hi Dana, as I already said, the refund takes 5 days.</p></div>';
    root = document.querySelector('div')!;
  });
  afterEach(() => {
    delete (window as unknown as Record<string, unknown>).tinymce;
  });

  const expose = (global: object): void => {
    (window as unknown as Record<string, unknown>).tinymce = global;
  };

  it("finds TinyMCE 5's editor of this body in `tinymce.editors` and makes the edit one transaction after the typing's level", () => {
    const calls: string[] = [];
    expose({ editors: [fakeTinymce(document.createElement('div'), []), fakeTinymce(root, calls)] });
    expect(replaceInTinymce(root, request())).toEqual({ status: 'replaced' });
    expect(root.textContent).toBe('Hi Dana, to recap, the refund takes 5 days.');
    expect(calls).toEqual(['level:Hi Dana, as I already said, the refund takes 5 days.', 'transact', 'insert:to recap', 'level:Hi Dana, to recap, the refund takes 5 days.']);
  });

  it('finds a later TinyMCE through `tinymce.get()`, and inserts the text escaped, never as markup', () => {
    const calls: string[] = [];
    expose({ get: () => [fakeTinymce(root, calls)] });
    expect(replaceInTinymce(root, request({ text: '<img src=x onerror="alert(1)"> & co' })).status).toBe('replaced');
    expect(calls).toContain('insert:&lt;img src=x onerror="alert(1)"&gt; &amp; co');
    expect(root.querySelector('img')).toBeNull();
  });

  it('refuses, untouched, a changed text or a read-only editor; is unavailable without an editor of this body', () => {
    const calls: string[] = [];
    expose({ editors: [fakeTinymce(root, calls)] });
    expect(replaceInTinymce(root, request({ expected: 'as I already sad' })).status).toBe('refused');
    expose({ editors: [fakeTinymce(root, calls, true)] });
    expect(replaceInTinymce(root, request()).status).toBe('refused');
    expect(calls).toEqual([]);
    expose({ editors: [fakeTinymce(document.createElement('div'), [])] });
    expect(replaceInTinymce(root, request()).status).toBe('unavailable');
    delete (window as unknown as Record<string, unknown>).tinymce;
    expect(replaceInTinymce(root, request()).status).toBe('unavailable');
  });
});
