// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startFailuresItem } from '../../coach/start-failures-storage';
import type { TabStatus } from '../read-tab-status';
import { PopupApp } from './PopupApp';

const tab: TabStatus = { tabId: 1, host: 'acme.zendesk.com', coach: null, failure: null, adapter: { id: 'zendesk', name: 'Zendesk' } };

async function mount(status: TabStatus): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  render(<PopupApp tab={status} />, root);
  await expect.poll(() => root.querySelector('[data-testid=popup]')?.getAttribute('data-ready')).toBe('true');
  return root;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

it('tells the agent Tactful could not start on the page, and saves the kept error for a bug report', async () => {
  await startFailuresItem.setValue([
    { at: Date.UTC(2026, 11, 3), version: '0.1.0', userAgent: 'Firefox/140.0', name: 'Error', message: 'Accessing from Xray wrapper is not supported.', stack: null },
  ]);
  const root = await mount({ ...tab, failure: { failed: true, at: 0, message: 'Accessing from Xray wrapper is not supported.' } });
  const failed = root.querySelector('[data-testid=popup-start-failed]');
  expect(failed?.textContent).toContain('Tactful could not start on this page');
  expect(root.querySelector('[data-testid=popup-draft]')).toBeNull();

  const saved: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (saved.push(blob as Blob), 'blob:report'));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  root.querySelector<HTMLButtonElement>('[data-testid=save-error-report]')!.click();
  await expect.poll(() => saved.length).toBe(1);
  expect(await saved[0]!.text()).toContain('Error: Accessing from Xray wrapper is not supported.');
});

it('says nothing of a failure where the coach started', async () => {
  const root = await mount({ ...tab, coach: { adapter: tab.adapter!, replyBoxes: [{ count: 2, mood: 'angry', mode: 'public', customerBy: 'zendesk' }] } });
  expect(root.querySelector('[data-testid=popup-start-failed]')).toBeNull();
  expect(root.querySelector('[data-testid=popup-draft]')?.getAttribute('data-count')).toBe('2');
});
