// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { fixtureNamed, loadFixture } from '../../test/support/load-fixture';
import { readConversation } from './read-conversation';
import { zendeskAdapter } from './zendesk';

it("reads each Zendesk ticket's own thread when several tickets stay in the DOM", () => {
  loadFixture(fixtureNamed('zendesk/ticket-public-reply.html'));
  const [hidden, visible] = [...document.querySelectorAll<HTMLElement>('[data-test-id="omnicomposer-rich-text-ckeditor"]')];
  expect(zendeskAdapter.replyBoxes(document)).toEqual([visible]);
  expect(readConversation(zendeskAdapter, hidden!).customer.value?.text).toBe('Hello, could you tell me how to change my billing address?');
  expect(readConversation(zendeskAdapter, visible!).customer.value?.text).toMatch(/^Still nothing/);
});

it("tells a note from a public reply by the switch's label in the agent's language", () => {
  loadFixture(fixtureNamed('zendesk/ticket-public-reply.html'));
  const visible = zendeskAdapter.replyBoxes(document)[0]!;
  const switcher = document.querySelector('[data-ticket-id="4471"] [data-test-id="omnichannel-channel-switcher-button"]')!;
  const modeWith = (label: string) => {
    switcher.textContent = label;
    return zendeskAdapter.replyMode(visible);
  };
  expect([modeWith('Interne Notiz'), modeWith('Öffentliche Antwort'), modeWith('Note interne'), modeWith('Réponse publique')]).toEqual(['note', 'public', 'note', 'public']);
});
