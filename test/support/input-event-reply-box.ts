import { beforeAll, beforeEach } from 'vitest';
import { bridgeProtocolVersion, type BridgeRequest } from '../../src/editors/bridge/bridge-protocol';

/** The draft in the reply box, and a request that replaces "as I already said" in it with "to recap". */
export const replyBoxDraft = 'Hi Dana, as I already said, the refund takes 5 days.';

export function bridgeRequest(base: Pick<BridgeRequest, 'id' | 'editor'> & Partial<BridgeRequest>): (overrides?: Partial<BridgeRequest>) => BridgeRequest {
  return (overrides = {}) => ({ version: bridgeProtocolVersion, start: 9, end: 26, expected: 'as I already said', text: 'to recap', ...base, ...overrides });
}

export interface ReplyBox {
  /** The contenteditable root, made afresh before each test. */
  readonly root: HTMLElement;
  /** The text of every range an input event named (its target ranges), since the test began. */
  readonly targetRanges: string[];
}

/**
 * A contenteditable reply box holding `replyBoxDraft` for each test of the suite, in happy-dom, which has no
 * StaticRange: a stand-in records the text of the ranges an input event names.
 */
export function useReplyBox(): ReplyBox {
  let root: HTMLElement | undefined;
  let targetRanges: string[] = [];
  beforeAll(() => {
    (globalThis as Record<string, unknown>).StaticRange ??= class {
      constructor(range: Range) {
        targetRanges.push(range.toString());
      }
    };
  });
  beforeEach(() => {
    targetRanges = [];
    document.body.innerHTML = `<div contenteditable="true"><p>${replyBoxDraft}</p></div>`;
    root = document.querySelector('div')!;
  });
  return {
    get root() {
      return root!;
    },
    get targetRanges() {
      return targetRanges;
    },
  };
}
