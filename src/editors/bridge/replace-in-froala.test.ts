// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { bridgeProtocolVersion, type BridgeRequest } from './bridge-protocol';
import { replaceInFroala } from './replace-in-froala';

const request = (overrides: Partial<BridgeRequest> = {}): BridgeRequest => ({
  version: bridgeProtocolVersion,
  id: 'f1',
  editor: 'froala',
  start: 9,
  end: 26,
  expected: 'as I already said',
  text: 'to recap',
  ...overrides,
});

/** A stand-in for a Froala instance: records the calls, inserts over the DOM selection as Froala does. */
function fakeFroala(el: HTMLElement, calls: string[], disabled = false) {
  return {
    el,
    edit: { isDisabled: () => disabled },
    keys: { forceUndo: () => calls.push('forceUndo') },
    undo: { saveStep: () => calls.push(`saveStep:${el.textContent}`) },
    html: {
      insert(html: string) {
        calls.push(`insert:${html}`);
        const range = document.getSelection()!.getRangeAt(0);
        range.deleteContents();
        const holder = document.createElement('span');
        holder.innerHTML = html;
        range.insertNode(document.createTextNode(holder.textContent!));
      },
    },
  };
}

describe('replaceInFroala', () => {
  let box: HTMLElement;
  let root: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '<div id="reply"><div class="fr-wrapper"><div class="fr-element" contenteditable="true"><p>Hi Dana, as I already said, the refund takes 5 days.</p></div></div></div>';
    box = document.getElementById('reply')!;
    root = box.querySelector('.fr-element')!;
  });

  it('finds the instance on the element Froala was created on and makes the edit one undo step', () => {
    const calls: string[] = [];
    (box as unknown as Record<string, unknown>)['data-froala.editor'] = fakeFroala(root, calls);
    expect(replaceInFroala(root, request())).toEqual({ status: 'replaced' });
    expect(root.textContent).toBe('Hi Dana, to recap, the refund takes 5 days.');
    expect(calls).toEqual([
      'forceUndo',
      'saveStep:Hi Dana, as I already said, the refund takes 5 days.',
      'insert:to recap',
      'saveStep:Hi Dana, to recap, the refund takes 5 days.',
    ]);
  });

  it('inserts the text escaped, never as markup', () => {
    const calls: string[] = [];
    (box as unknown as Record<string, unknown>)['data-froala.editor'] = fakeFroala(root, calls);
    expect(replaceInFroala(root, request({ text: '<img src=x onerror="alert(1)"> & co' })).status).toBe('replaced');
    expect(calls).toContain('insert:&lt;img src=x onerror="alert(1)"&gt; &amp; co');
    expect(root.querySelector('img')).toBeNull();
  });

  it('uses no instance whose editable is another element', () => {
    (box as unknown as Record<string, unknown>)['data-froala.editor'] = fakeFroala(document.createElement('div'), []);
    expect(replaceInFroala(root, request()).status).toBe('unavailable');
    (box as unknown as Record<string, unknown>)['data-froala.editor'] = { el: root, undo: {} };
    expect(replaceInFroala(root, request()).status).toBe('unavailable');
  });

  it('refuses a changed text or a disabled editor, untouched', () => {
    const calls: string[] = [];
    (box as unknown as Record<string, unknown>)['data-froala.editor'] = fakeFroala(root, calls);
    expect(replaceInFroala(root, request({ expected: 'as I already sad' })).status).toBe('refused');
    (box as unknown as Record<string, unknown>)['data-froala.editor'] = fakeFroala(root, calls, true);
    expect(replaceInFroala(root, request()).status).toBe('refused');
    expect(calls).toEqual([]);
    expect(root.textContent).toBe('Hi Dana, as I already said, the refund takes 5 days.');
  });
});
