// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bridgeProtocolVersion, type BridgeRequest } from './bridge-protocol';
import { replaceByInputEvent } from './replace-by-input-event';

const request = (overrides: Partial<BridgeRequest> = {}): BridgeRequest => ({
  version: bridgeProtocolVersion,
  id: 'l1',
  editor: 'lexical',
  start: 9,
  end: 26,
  expected: 'as I already said',
  text: 'to recap',
  ...overrides,
});

describe('replaceByInputEvent', () => {
  let root: HTMLElement;
  let seen: { inputType: string; data: string | undefined; range: string }[];

  /** happy-dom has no StaticRange: this one records the text of the ranges the event names. */
  let targetRanges: string[];
  beforeAll(() => {
    (globalThis as Record<string, unknown>).StaticRange ??= class {
      constructor(range: Range) {
        targetRanges.push(range.toString());
      }
    };
  });

  beforeEach(() => {
    targetRanges = [];
    document.body.innerHTML = '<div contenteditable="true"><p>Hi Dana, as I already said, the refund takes 5 days.</p></div>';
    root = document.querySelector('div')!;
    seen = [];
  });

  /** An editor that applies replacement input itself, as Lexical and Slate do, and records what the event carried. */
  function handleInput(take: boolean): void {
    root.addEventListener('beforeinput', (event) => {
      const input = event as InputEvent;
      seen.push({ inputType: input.inputType, data: input.dataTransfer?.getData('text/plain'), range: targetRanges.join('|') });
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
