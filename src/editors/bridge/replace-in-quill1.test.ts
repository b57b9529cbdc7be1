// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { bridgeProtocolVersion, type BridgeRequest } from './bridge-protocol';
import { replaceInQuill1 } from './replace-in-quill1';

const request = (overrides: Partial<BridgeRequest> = {}): BridgeRequest => ({
  version: bridgeProtocolVersion,
  id: 'q1',
  editor: 'quill',
  start: 9,
  end: 26,
  expected: 'as I already said',
  text: 'to recap',
  ...overrides,
});

/** A stand-in for a Quill 1 instance: its text a string, the selection the one `at` says Quill maps, the calls recorded. */
function fakeQuill(root: HTMLElement, text: string, calls: string[], options: { enabled?: boolean; at?: { index: number; length: number } } = {}) {
  return {
    root,
    isEnabled: () => options.enabled ?? true,
    getSelection: () => options.at ?? { index: 9, length: 17 },
    getText: (index: number, length: number) => text.slice(index, index + length),
    getContents: () => ({ ops: [{ insert: 'a', attributes: { bold: true } }] }),
    updateContents: (ops: object[]) => calls.push(`update:${JSON.stringify(ops)}`),
    setSelection: (index: number) => calls.push(`caret:${index}`),
    history: { cutoff: () => calls.push('cutoff') },
  };
}

describe('replaceInQuill1', () => {
  const draft = 'Hi Dana, as I already said, the refund takes 5 days.';
  let root: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = `<div class="ql-container"><div class="ql-editor" contenteditable="true"><p>${draft}</p></div><div class="ql-clipboard" contenteditable="true"></div></div>`;
    root = document.querySelector('.ql-editor')!;
  });

  const attach = (quill: unknown): void => {
    (root.parentElement as unknown as Record<string, unknown>).__quill = quill;
  };

  it("replaces the range Quill maps the selection to as one user change, its history cut on both sides, the formatting kept", () => {
    const calls: string[] = [];
    attach(fakeQuill(root, `${draft}\n`, calls));
    expect(replaceInQuill1(root, request())).toEqual({ status: 'replaced' });
    expect(calls).toEqual(['cutoff', `update:${JSON.stringify([{ retain: 9 }, { delete: 17 }, { insert: 'to recap', attributes: { bold: true } }])}`, 'cutoff', 'caret:17']);
  });

  it("refuses, untouched, a read-only editor or a model that does not hold the words where Quill maps them", () => {
    const calls: string[] = [];
    attach(fakeQuill(root, `${draft}\n`, calls, { enabled: false }));
    expect(replaceInQuill1(root, request()).status).toBe('refused');
    attach(fakeQuill(root, `${draft}\n`, calls, { at: { index: 8, length: 17 } }));
    expect(replaceInQuill1(root, request()).status).toBe('refused');
    expect(calls).toEqual([]);
  });

  it('is unavailable for a Quill 2 (no `__quill`) or an instance of another editable', () => {
    expect(replaceInQuill1(root, request()).status).toBe('unavailable');
    attach(fakeQuill(document.createElement('div'), `${draft}\n`, []));
    expect(replaceInQuill1(root, request()).status).toBe('unavailable');
  });
});
