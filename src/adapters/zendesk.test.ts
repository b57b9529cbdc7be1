// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { listFixtures, loadFixture } from './load-fixture';
import { readConversation } from './read-conversation';
import { zendeskAdapter } from './zendesk';

it("reads each Zendesk ticket's own thread when several tickets stay in the DOM", () => {
  loadFixture(listFixtures().find((fixture) => fixture.name === 'zendesk/ticket-public-reply.html')!);
  const [hidden, visible] = [...document.querySelectorAll<HTMLElement>('[data-test-id="omnicomposer-rich-text-ckeditor"]')];
  expect(zendeskAdapter.replyBoxes(document)).toEqual([visible]);
  expect(readConversation(zendeskAdapter, hidden!).customer.value?.text).toBe('Hello, could you tell me how to change my billing address?');
  expect(readConversation(zendeskAdapter, visible!).customer.value?.text).toMatch(/^Still nothing/);
});
