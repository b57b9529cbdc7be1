// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { bridgeRequest, useReplyBox } from '../../../test/support/input-event-reply-box';
import { replaceInUnknownEditor } from './replace-in-unknown-editor';

const request = bridgeRequest({ id: 'u1', editor: 'unknown', input: 'replacement-input' });

describe('replaceInUnknownEditor', () => {
  const box = useReplyBox();
  let root: HTMLElement;
  let seen: string[];

  beforeEach(() => {
    root = box.root;
    seen = [];
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
    expect(box.targetRanges).toEqual(['as I already said']);
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
