// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { bridgeRequest, useReplyBox } from '../../../test/support/input-event-reply-box';
import { replaceByInputEvent } from './replace-by-input-event';

const request = bridgeRequest({ id: 'l1', editor: 'lexical' });

describe('replaceByInputEvent', () => {
  const box = useReplyBox();
  let root: HTMLElement;
  let seen: { inputType: string; data: string | undefined; range: string }[];

  beforeEach(() => {
    root = box.root;
    seen = [];
  });

  /** An editor that applies replacement input itself, as Lexical and Slate do, and records what the event carried. */
  function handleInput(take: boolean): void {
    root.addEventListener('beforeinput', (event) => {
      const input = event as InputEvent;
      seen.push({ inputType: input.inputType, data: input.dataTransfer?.getData('text/plain'), range: box.targetRanges.join('|') });
      if (take) event.preventDefault();
    });
  }

  it('sends the editor a replacement input naming the checked range and carrying the text', () => {
    handleInput(true);
    expect(replaceByInputEvent(root, request())).toEqual({ status: 'replaced' });
    expect(seen).toEqual([{ inputType: 'insertReplacementText', data: 'to recap', range: 'as I already said' }]);
  });

  it('says so when no editor took the event, and sends nothing when the text changed', () => {
    handleInput(false);
    expect(replaceByInputEvent(root, request()).status).toBe('unavailable');
    expect(replaceByInputEvent(root, request({ expected: 'as I already sad' })).status).toBe('refused');
    expect(seen).toHaveLength(1);
  });
});
