// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bridgeProtocolVersion, type BridgeRequest } from './bridge-protocol';
import { replaceInUnknownEditor } from './replace-in-unknown-editor';

const request = (overrides: Partial<BridgeRequest> = {}): BridgeRequest => ({
  version: bridgeProtocolVersion,
  id: 'u1',
  editor: 'unknown',
  input: 'replacement-input',
  start: 9,
  end: 26,
  expected: 'as I already said',
  text: 'to recap',
  ...overrides,
});

describe('replaceInUnknownEditor', () => {
  let root: HTMLElement;
  let seen: string[];
  let targetRanges: string[];

  beforeAll(() => {
    // happy-dom has no StaticRange: this one records the text of the ranges the event names.
    (globalThis as Record<string, unknown>).StaticRange ??= class {
      constructor(range: Range) {
        targetRanges.push(range.toString());
      }
    };
  });

  beforeEach(() => {
    targetRanges = [];
    seen = [];
    document.body.innerHTML = '<div contenteditable="true"><p>Hi Dana, as I already said, the refund takes 5 days.</p></div>';
    root = document.querySelector('div')!;
  });

  /** An editor that takes the events named in `takes`, recording what each carried. */
  function editorTaking(...takes: string[]): void {
    root.addEventListener('beforeinput', (event) => {
      const input = event as InputEvent;
      seen.push(`${input.inputType}:${input.data || input.dataTransfer?.getData('text/plain')}`);
      if (takes.includes(input.inputType)) event.preventDefault();
    });
    root.addEventListener('paste', (event) => {
      seen.push(`paste:${(event as ClipboardEvent).clipboardData?.getData('text/plain')}`);
      if (takes.includes('paste')) event.preventDefault();
    });
  }

  it('sends the input the request names, over the checked range, and says whether the editor took it', () => {
    editorTaking('insertReplacementText');
    expect(replaceInUnknownEditor(root, request())).toEqual({ status: 'replaced' });
    expect(targetRanges).toEqual(['as I already said']);
    expect(replaceInUnknownEditor(root, request({ input: 'paste' })).status).toBe('unavailable');
    expect(seen).toEqual(['insertReplacementText:to recap', 'paste:to recap']);
  });

  it('reaches a box emptied of text when the whole draft is replaced', () => {
    root.innerHTML = '<p><br></p>';
    editorTaking('insertReplacementText');
    expect(replaceInUnknownEditor(root, request({ start: 0, end: 1, expected: '\n', text: 'Hi Dana' })).status).toBe('replaced');
    expect(seen).toEqual(['insertReplacementText:Hi Dana']);
  });

  it('sends nothing when the text changed or no input is named', () => {
    editorTaking('insertReplacementText');
    expect(replaceInUnknownEditor(root, request({ expected: 'as I already sad' })).status).toBe('refused');
    expect(replaceInUnknownEditor(root, request({ input: undefined })).status).toBe('refused');
    expect(seen).toEqual([]);
  });
});
