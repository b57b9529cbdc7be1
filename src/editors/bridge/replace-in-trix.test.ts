// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { bridgeProtocolVersion, type BridgeRequest } from './bridge-protocol';
import { replaceInTrix } from './replace-in-trix';

const request = (overrides: Partial<BridgeRequest> = {}): BridgeRequest => ({
  version: bridgeProtocolVersion,
  id: 't1',
  editor: 'trix',
  start: 9,
  end: 26,
  expected: 'as I already said',
  text: 'to recap',
  ...overrides,
});

/** A stand-in for Trix's editor: its document a string ending with the last block's newline, the calls recorded. */
function fakeTrix(documentText: string, calls: string[]) {
  let selected: [number, number] = [0, 0];
  return {
    getDocument: () => ({ toString: () => documentText }),
    setSelectedRange: (range: [number, number]) => {
      selected = range;
      calls.push(`select:${range.join('-')}`);
    },
    recordUndoEntry: () => calls.push(`undoEntry:${documentText}`),
    insertString: (text: string) => {
      documentText = documentText.slice(0, selected[0]) + text + documentText.slice(selected[1]);
      calls.push(`insert:${text}`);
    },
  };
}

describe('replaceInTrix', () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '<trix-editor contenteditable="true"><div>Hi Dana, as I already said, the refund takes 5 days.</div></trix-editor>';
    root = document.querySelector('trix-editor')!;
  });

  it('records an undo entry holding the draft before replacing the range through the document', () => {
    const calls: string[] = [];
    (root as unknown as Record<string, unknown>).editor = fakeTrix('Hi Dana, as I already said, the refund takes 5 days.\n', calls);
    expect(replaceInTrix(root, request())).toEqual({ status: 'replaced' });
    expect(calls).toEqual(['select:9-26', 'undoEntry:Hi Dana, as I already said, the refund takes 5 days.\n', 'insert:to recap']);
  });

  it('refuses, untouched, when the document does not hold the words at those offsets', () => {
    const calls: string[] = [];
    (root as unknown as Record<string, unknown>).editor = fakeTrix('Hello Dana, as I already said, the refund takes 5 days.\n', calls);
    expect(replaceInTrix(root, request()).status).toBe('refused');
    expect(replaceInTrix(root, request({ expected: 'as I already sad' })).status).toBe('refused');
    expect(calls).toEqual([]);
  });

  it('is unavailable on an element that is not a Trix editor, or without its API', () => {
    const div = document.createElement('div');
    (div as unknown as Record<string, unknown>).editor = fakeTrix('Hi Dana, as I already said\n', []);
    expect(replaceInTrix(div, request()).status).toBe('unavailable');
    (root as unknown as Record<string, unknown>).editor = { getDocument: () => ({}) };
    expect(replaceInTrix(root, request()).status).toBe('unavailable');
  });
});
