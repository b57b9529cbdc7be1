import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { fixedDraft, riskyDraft } from './support/editor-flow';
import { OptionsPage, runningExtensionId } from './support/extension-pages';
import { launchBrowser } from './support/launch-browser';
import { openEditorPage } from './support/open-editor-page';
import { staysLocal } from './support/outside-requests';
import { recordRequests, type RecordedRequest } from './support/record-requests';
import { servePages } from './support/serve-pages';
import { sharedInSuite } from './support/shared-in-suite';

/**
 * Nothing the agent or the customer wrote leaves the machine, and nothing is fetched from outside: every request of
 * every page, frame, extension page and the service worker is recorded while the extension does its work.
 */

/**
 * Restarts the extension's service worker, so that it starts again under the recorder: the first one started with
 * the browser, before any listener could be attached.
 */
async function restartServiceWorker(context: BrowserContext): Promise<void> {
  const [worker] = context.serviceWorkers();
  const restarted = context.waitForEvent('serviceworker');
  await worker!.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  await restarted;
}

/** The popup for the tab showing `url`, opened as a page of its own (popup.html?tab=ID) until it is ready. */
async function openPopup(context: BrowserContext, url: string) {
  const tabId = await context.serviceWorkers()[0]!.evaluate(async (address) => (await chrome.tabs.query({ url: address }))[0]?.id, url);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${runningExtensionId(context)}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid=popup][data-ready=true]');
  return popup;
}

describe('requests', () => {
  const pages = sharedInSuite(servePages);
  const browser = sharedInSuite(launchBrowser);
  const outside = (requests: RecordedRequest[]) => requests.filter((request) => !staysLocal(request.url, [pages().url], runningExtensionId(browser().context)));

  it('none leaves the test server while coaching in a page and in a frame, applying fixes, and opening the popup and the options page', async () => {
    const { context } = browser();
    const requests = recordRequests(context);
    await restartServiceWorker(context);
    const pageErrors: string[] = [];
    let lastPage = '';
    // The textarea's coach runs in the page; TinyMCE's in its iframe, with the editor bridge in the frame's own world.
    for (const pageName of ['textarea', 'tinymce']) {
      const { page, errors, coach } = await openEditorPage(browser(), pages().url, pageName);
      await coach.type(riskyDraft);
      await coach.waitForCount(2);
      await coach.badge.click();
      await coach.panel.locator('[data-testid=tactful-finding][data-rule-id="passive-aggressive-as-i-said"] [data-testid=tactful-suggestion]').first().click();
      await expect.poll(() => coach.readModel()).toBe(fixedDraft);
      await coach.waitForCount(1);
      pageErrors.push(...errors);
      lastPage = page.url();
    }
    const popup = await openPopup(context, lastPage);
    expect(await popup.locator('[data-testid=popup-status]').getAttribute('data-coached')).toBe('true');
    const options = await OptionsPage.open(context, runningExtensionId(context));
    // Late requests (a lazy chunk, a font, a beacon on unload) get their moment before the record is read.
    await options.page.waitForTimeout(1000);
    await popup.close();
    await options.page.close();

    expect(outside(requests)).toEqual([]);
    expect(pageErrors).toEqual([]);
    // The record holds what was really loaded: the test pages, TinyMCE's files in its frame, the extension's pages.
    expect(requests.some((request) => request.url.startsWith(`${pages().url}/tinymce/`))).toBe(true);
    expect(requests.some((request) => request.url.includes('/vendor/tinymce/') && request.from.includes('frame'))).toBe(true);
    expect(requests.some((request) => request.url.endsWith('/popup.html?tab=' + new URL(popup.url()).searchParams.get('tab')))).toBe(true);
    expect(requests.some((request) => request.url.endsWith('/options.html'))).toBe(true);
  });

  it('a request to an outside address is caught, from a page, a frame, the popup, the options page and the service worker', async () => {
    const { context } = browser();
    const requests = recordRequests(context);
    const fetchOut = (host: string) => `fetch('http://${host}.invalid/canary', { mode: 'no-cors' }).then(() => 'answered', () => 'refused')`;

    const { page } = await openEditorPage(browser(), pages().url, 'textarea');
    expect(await page.evaluate(fetchOut('from-page'))).toBe('refused');
    await page.evaluate((src) => new Promise((resolve) => document.body.append(Object.assign(document.createElement('iframe'), { src, onload: resolve }))), `${pages().url}/textarea/index.html?in-a-frame`);
    expect(await page.frames()[1]!.evaluate(fetchOut('from-frame'))).toBe('refused');
    const popup = await openPopup(context, page.url());
    expect(await popup.evaluate(fetchOut('from-popup'))).toBe('refused');
    const options = await OptionsPage.open(context, runningExtensionId(context));
    expect(await options.page.evaluate(fetchOut('from-options'))).toBe('refused');
    expect(await context.serviceWorkers()[0]!.evaluate(fetchOut('from-worker'))).toBe('refused');

    const caught = () =>
      outside(requests)
        .map((request) => `${new URL(request.url).hostname} ${request.from.startsWith('service worker') ? 'service worker' : request.from.includes('chrome-extension://') ? 'extension page' : request.from.endsWith(`frame ${page.url()}`) ? 'page' : 'frame'}`)
        .sort();
    await expect.poll(caught).toEqual(['from-frame.invalid frame', 'from-options.invalid extension page', 'from-page.invalid page', 'from-popup.invalid extension page', 'from-worker.invalid service worker']);
    await Promise.all([page.close(), popup.close(), options.page.close()]);
  });
});
