// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { PageRecogniser } from './adapter';
import { genericAdapter } from './generic';
import { pickAdapter, productAdapters } from './pick-adapter';
import { genericPage } from './pages/generic';
import { productPages } from './recognise-page';

it('registers every adapter file, each under its file name', () => {
  // Beside the product adapters: their contract, how the coach picks and asks them, how a reply is sent, and the generic one. Helpers they share are in shared/.
  const notProducts = new Set(['adapter', 'generic', 'latest-customer-message', 'names-internal-note', 'pick-adapter', 'read-conversation', 'recognise-page', 'run-adapter-safely', 'send-buttons']);
  const files = readdirSync(import.meta.dirname)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => file.replace(/\.ts$/, ''))
    .filter((name) => !notProducts.has(name));
  expect(productAdapters.map((adapter) => adapter.id).sort()).toEqual(files.sort());
  expect(new Set(productAdapters.map((adapter) => adapter.name)).size).toBe(productAdapters.length);
});

it("recognises each product's pages apart from its adapter, under the adapter's id, name and file name", () => {
  const pages = [...productPages, genericPage];
  const files = readdirSync(`${import.meta.dirname}/pages`).map((file) => file.replace(/\.ts$/, ''));
  expect(pages.map((page) => page.id).sort()).toEqual(files.sort());
  for (const adapter of [...productAdapters, genericAdapter]) {
    const page = pages.find((candidate) => candidate.id === adapter.id);
    expect(page && { name: page.name, matches: page.matches }, adapter.id).toEqual({ name: adapter.name, matches: adapter.matches });
  }
});

it('falls back to the generic adapter on unknown pages, and when a recogniser throws', () => {
  document.body.innerHTML = '<textarea></textarea>';
  expect(pickAdapter(new URL('https://example.com/'), document)).toBe(genericAdapter);
  const throwing = productPages[0] as { matches: PageRecogniser['matches'] };
  const original = throwing.matches;
  throwing.matches = () => {
    throw new Error('broken');
  };
  try {
    expect(pickAdapter(new URL('https://mail.google.com/mail/u/0/'), document)).toBe(genericAdapter);
  } finally {
    throwing.matches = original;
  }
});

it('recognises products by address', () => {
  const cases: Array<[string, string]> = [
    ['https://acme.zendesk.com/agent/tickets/1', 'zendesk'],
    ['https://acme.freshdesk.com/a/tickets/1', 'freshdesk'],
    ['https://secure.helpscout.net/conversation/1/2', 'help-scout'],
    ['https://app.intercom.com/a/inbox/x', 'intercom'],
    ['https://app.frontapp.com/inboxes', 'front'],
    ['https://app-eu1.hubspot.com/help-desk/1', 'hubspot'],
    ['https://acme.gorgias.com/app/ticket/1', 'gorgias'],
    ['https://acme.atlassian.net/browse/HELP-1', 'jira-service-management'],
    ['https://acme.lightning.force.com/lightning/r/Case/1/view', 'salesforce-service-cloud'],
    ['https://mail.google.com/mail/u/0/', 'gmail'],
    ['https://outlook.office.com/mail/', 'outlook'],
    ['https://app.chatwoot.com/app/accounts/1', 'chatwoot'],
    ['https://desk.acme.org/#ticket/zoom/1', 'zammad'],
    ['https://www.hubspot.com/pricing', 'generic'],
    ['https://acme.atlassian.net/wiki/spaces/X', 'generic'],
  ];
  document.body.innerHTML = '';
  for (const [url, id] of cases) expect(pickAdapter(new URL(url), document).id, url).toBe(id);
});
