// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { HelpDeskAdapter } from './adapter';
import { findReplyBoxes, readConversation } from './read-conversation';
import { zendeskAdapter } from './zendesk';

const broken: HelpDeskAdapter = {
  ...zendeskAdapter,
  replyBoxes: () => {
    throw new Error('selector changed');
  },
  thread: () => {
    throw new Error('selector changed');
  },
  replyMode: () => {
    throw new Error('selector changed');
  },
  draftExclusions: () => {
    throw new Error('selector changed');
  },
};

const page = `<article class="message"><p>I have waited a week for my refund and nobody answers.</p></article>
  <div id="reply" contenteditable="true" aria-label="Add internal note"><p>Hi</p><blockquote id="quote">earlier</blockquote></div>`;

describe('runAdapterSafely', () => {
  it('answers with the generic adapter, and says so, when the page adapter throws', () => {
    document.body.innerHTML = page;
    const editor = document.getElementById('reply')!;
    const conversation = readConversation(broken, editor);
    expect(conversation.adapter.id).toBe('zendesk');
    expect(conversation.customer).toMatchObject({ answeredBy: 'generic', value: { text: 'I have waited a week for my refund and nobody answers.' } });
    expect(conversation.customer.error).toBeInstanceOf(Error);
    expect(conversation.mode).toMatchObject({ answeredBy: 'generic', value: 'note' });
    expect(conversation.exclusions).toMatchObject({ answeredBy: 'generic', value: [document.getElementById('quote')] });
    expect(findReplyBoxes(broken, document)).toMatchObject({ answeredBy: 'generic', value: [editor] });
  });

  it('answers with the generic adapter when the page adapter finds nothing', () => {
    document.body.innerHTML = page;
    const conversation = readConversation(zendeskAdapter, document.getElementById('reply')!);
    expect(conversation.customer.answeredBy).toBe('generic');
    expect(conversation.customer.error).toBeUndefined();
    expect(conversation.mode.answeredBy).toBe('generic');
  });

  it('never throws, even when the generic adapter cannot answer either', () => {
    const detached = document.createElement('div');
    const editor = { closest: () => { throw new Error('gone'); }, ownerDocument: null } as unknown as HTMLElement;
    expect(() => readConversation(broken, editor)).not.toThrow();
    expect(readConversation(broken, editor).customer.value).toBeNull();
    expect(readConversation(broken, detached).mode.value).toBe('public');
  });

  it('keeps a product adapter\'s "no customer message yet" instead of guessing', () => {
    document.body.innerHTML = `<div data-ticket-id="1"><div data-test-id="omni-log-container">
      <article data-test-id="omni-log-comment-item"><div data-test-id="omni-log-item-message" type="agent"><div class="zd-comment">We noticed your card expires soon, please update it.</div></div></article>
      </div><div class="ck-editor__editable" data-test-id="omnicomposer-rich-text-ckeditor" role="textbox" contenteditable="true" id="reply"></div></div>`;
    const conversation = readConversation(zendeskAdapter, document.getElementById('reply')!);
    expect(conversation.customer).toMatchObject({ answeredBy: 'zendesk', value: null });
  });
});
