import { describe, expect, it } from 'vitest';
import { fixtureNamed } from '../test/support/load-fixture';
import { analyzeCustomer } from '../src/analysis/index';
import type { CoachStatus } from '../src/messages';
import { launchBrowser, type ExtensionBrowser } from './support/launch-browser';
import { runningExtensionId } from './support/extension-pages';
import { fixtureMeta, openFixture, serveFixture } from './support/open-fixture';
import { screenshot } from './support/screenshot';
import { sharedInSuite } from './support/shared-in-suite';

/**
 * The popup names the adapter that reads the current tab: before the agent focuses a reply box, through the page
 * probe it injects into the tab's frames (the coach stays unloaded), and afterwards as the coach reports it.
 */

/** The status the popup gets for the tab showing `url`, sent from the extension's service worker as the popup would. */
async function coachStatus(browser: ExtensionBrowser, url: string): Promise<CoachStatus | null | 'no answer'> {
  const [worker] = browser.context.serviceWorkers();
  return worker!.evaluate(async (address) => {
    const [tab] = await chrome.tabs.query({ url: address });
    try {
      return (await chrome.tabs.sendMessage(tab!.id!, { type: 'popup-cs-status' })) ?? null;
    } catch {
      return 'no answer';
    }
  }, url);
}

/** What the popup shows for the tab showing `url`, opened as a page of its own (popup.html?tab=ID) and closed again. */
async function readPopup(browser: ExtensionBrowser, url: string): Promise<{ adapter: Record<string, string | null>; coached: string | null; draft: Record<string, string | null> | null }> {
  const tabId = await browser.context.serviceWorkers()[0]!.evaluate(async (address) => (await chrome.tabs.query({ url: address }))[0]?.id, url);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 320, height: 360 });
  await popup.goto(`chrome-extension://${runningExtensionId(browser.context)}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid=popup][data-ready=true]');
  const shown = await popup.evaluate(() => {
    const adapter = document.querySelector('[data-testid=popup-adapter]');
    const draft = document.querySelector('[data-testid=popup-draft]');
    return {
      adapter: { id: adapter?.getAttribute('data-adapter-id') ?? null, name: adapter?.textContent ?? null },
      coached: document.querySelector('[data-testid=popup-status]')?.getAttribute('data-coached') ?? null,
      draft: draft && { count: draft.getAttribute('data-count'), mood: draft.getAttribute('data-mood') },
    };
  });
  await screenshot(popup, `popup-adapter-${new URL(url).hostname}-coached-${shown.coached}`);
  await popup.close();
  return shown;
}

describe('the adapter in the popup', () => {
  const browser = sharedInSuite(launchBrowser);

  it('names the adapter before the coach is loaded, and shows what the coach sees once it is', async () => {
    const ticket = fixtureNamed('zendesk/ticket-internal-note.html');
    const { page, errors } = await browser().newPage();
    const url = await openFixture(page, ticket);
    await page.waitForLoadState('load');
    expect(await readPopup(browser(), url)).toEqual({ adapter: { id: 'zendesk', name: 'Zendesk' }, coached: 'false', draft: null });
    // The probe left the coach unloaded: no frame answers, and nothing is drawn.
    expect(['no answer', null]).toContain(await coachStatus(browser(), url));
    expect(await page.locator('tactful-overlay').count()).toBe(0);

    await page.bringToFront();
    await page.locator('[data-expect~="reply-box"]').click();
    await page.keyboard.press('Control+End');
    // Blame, which an internal note still suggests rewording.
    await page.keyboard.type(" You didn't attach the file.");
    const customer = analyzeCustomer(fixtureMeta(ticket, 'customer-text')!);
    await expect
      .poll(() => coachStatus(browser(), url))
      .toEqual({ adapter: { id: 'zendesk', name: 'Zendesk' }, replyBoxes: [{ count: 1, mood: customer.mood, mode: 'note', customerBy: 'zendesk' }] });
    expect(await readPopup(browser(), url)).toEqual({ adapter: { id: 'zendesk', name: 'Zendesk' }, coached: 'true', draft: { count: '1', mood: customer.mood } });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names the generic adapter on a plain page', async () => {
    const { page, errors } = await browser().newPage();
    const url = await openFixture(page, fixtureNamed('generic/plain-page.html'));
    await page.waitForLoadState('load');
    expect((await readPopup(browser(), url)).adapter).toEqual({ id: 'generic', name: 'Generic page' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("names a product running in a frame of a plain page over the page's generic adapter", async () => {
    const { page, errors } = await browser().newPage();
    const composer = await serveFixture(page, fixtureNamed('salesforce-service-cloud/email-composer-frame.html'));
    const url = await openFixture(page, fixtureNamed('generic/plain-page.html'));
    await page.evaluate(async (src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
    }, composer);
    expect((await readPopup(browser(), url)).adapter).toEqual({ id: 'salesforce-service-cloud', name: 'Salesforce Service Cloud' });
    expect(errors).toEqual([]);
    await page.close();
  });
});
