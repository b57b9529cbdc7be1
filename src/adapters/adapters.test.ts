// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { listFixtures, loadFixture } from '../../test/support/load-fixture';
import { pickAdapter, productAdapters } from './pick-adapter';
import { findReplyBoxes, readConversation } from './read-conversation';
import { findSendButtons, sendKeys } from './send-buttons';

const fixtures = listFixtures();

describe.each(fixtures)('$name', (fixture) => {
  it('is recognised by its own adapter only', () => {
    const { url } = loadFixture(fixture);
    expect(pickAdapter(url, document).id).toBe(fixture.adapterId);
    const others = productAdapters.filter((adapter) => adapter.id !== fixture.adapterId);
    expect(others.filter((adapter) => adapter.matches(url, document)).map((adapter) => adapter.id)).toEqual([]);
    expect(others.filter((adapter) => adapter.replyBoxes(document).length > 0).map((adapter) => adapter.id)).toEqual([]);
  });

  it('finds exactly the expected reply boxes', () => {
    const { url, meta, expected } = loadFixture(fixture);
    const boxes = findReplyBoxes(pickAdapter(url, document), document);
    expect(boxes.value).toEqual(expected('reply-box'));
    expect(boxes.answeredBy).toBe(meta('reply-boxes-by') ?? fixture.adapterId);
  });

  it("reads the customer's latest message, the reply mode and the draft's exclusions", () => {
    const { url, meta, expected } = loadFixture(fixture);
    const editor = expected('reply-box')[0]!;
    const conversation = readConversation(pickAdapter(url, document), editor);
    expect(conversation.customer.value?.element ?? null).toBe(expected('customer-message')[0] ?? null);
    expect(conversation.customer.value?.text.replace(/\s+/g, ' ') ?? null).toBe(meta('customer-text'));
    expect(conversation.customer.answeredBy).toBe(meta('customer-by') ?? fixture.adapterId);
    expect(conversation.customer.value?.name ?? null).toBe(meta('customer-name'));
    expect(conversation.mode.value).toBe(meta('mode'));
    expect(conversation.exclusions.value).toEqual(expected('exclusion'));
    expect(conversation.customer.error ?? conversation.mode.error ?? conversation.exclusions.error).toBeUndefined();
  });
});

/** Products whose reply box switches to internal notes, and whose switch is known. */
const withNotes = ['zendesk', 'freshdesk', 'help-scout', 'intercom', 'zammad', 'freescout', 'osticket', 'chatwoot', 'jira-service-management'];

it('has fixtures for every adapter, and a note-mode fixture for every product with notes', () => {
  const ids = new Set(fixtures.map((fixture) => fixture.adapterId));
  for (const adapter of productAdapters) expect(ids, adapter.id).toContain(adapter.id);
  expect(ids).toContain('generic');
  const noteMode = new Set(fixtures.filter((fixture) => /<meta name="tactful:mode" content="note">/.test(fixture.html)).map((fixture) => fixture.adapterId));
  expect([...noteMode].sort()).toEqual([...withNotes].sort());
});

describe.each(fixtures)('$name: send controls', (fixture) => {
  it('finds the send buttons and keys of the reply box', () => {
    const { url, meta, expected } = loadFixture(fixture);
    const adapter = pickAdapter(url, document);
    const editor = expected('reply-box')[0]!;
    const found = findSendButtons(adapter, editor);
    expect(found.buttons).toEqual(expected('send'));
    expect(found.buttons.length).toBeGreaterThan(0);
    expect(found.answeredBy).toBe(meta('send-by') ?? fixture.adapterId);
    const keys = meta('send-keys');
    expect(keys, 'every fixture names its send keys').not.toBeNull();
    expect(sendKeys(adapter, editor)).toEqual(keys === 'none' ? [] : keys!.split(' '));
  });
});
