import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { listFixtures, type Fixture } from '../src/adapters/load-fixture';
import { analyzeCustomer } from '../src/analysis/index';
import { detectEditorKind } from '../src/editors/editor-kind';
import type { CoachStatus } from '../src/messages';
import { launchBrowser, type ExtensionBrowser } from './support/launch-browser';
import { CoachPage } from './support/coach-page';
import { screenshot } from './support/screenshot';

/**
 * Every help-desk fixture page of src/adapters/fixtures, served at its product's own address (the `tactful:url`
 * meta) so the adapter recognises it as on the live site: the agent types a risky draft into the reply box, and the
 * coach reads the customer's latest message through the adapter and relaxes its rules in an internal note.
 */

/** Customer-tone wording (passive-aggressive, dismissive) and blame, which a note still suggests rewording. */
const draft = " As I already said, calm down. You didn't attach the file.";

function meta(fixture: Fixture, name: string): string | null {
  return new RegExp(`<meta name="tactful:${name}" content="([^"]*)">`).exec(fixture.html)?.[1] ?? null;
}

/** Serves the fixture at its product's address; no request leaves the machine. */
async function openFixture(page: Page, fixture: Fixture): Promise<string> {
  const url = meta(fixture, 'url')!;
  await page.route(`${new URL(url).origin}/**`, (route) =>
    new URL(route.request().url()).pathname === '/favicon.ico' ? route.fulfill({ status: 204 }) : route.fulfill({ contentType: 'text/html', body: fixture.html }),
  );
  await page.goto(url);
  return url;
}

/** The status the popup gets for the tab showing `url`, sent from the extension's service worker as the popup would. */
async function popupStatus(browser: ExtensionBrowser, url: string): Promise<CoachStatus | null | 'no answer'> {
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

describe('help-desk adapters in the browser', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(listFixtures().map((fixture) => [fixture.name, fixture] as const))('%s', async (_name, fixture) => {
    const { page, errors } = await browser.newPage();
    await openFixture(page, fixture);
    const customerText = meta(fixture, 'customer-text');
    const expectedMood = customerText === null ? 'unknown' : analyzeCustomer(customerText).mood;
    const mode = meta(fixture, 'mode');
    const box = page.locator('[data-expect~="reply-box"]').first();
    const kind = await box.evaluate(detectEditorKind);

    await box.click();
    // Where the draft ends in quoted history or a signature, the agent writes above it: text typed there is excluded.
    if (/data-expect="[^"]*\bexclusion\b/.test(fixture.html)) {
      await page.keyboard.press('Control+Home');
      await page.keyboard.type(`${draft.trim()} `, { delay: 2 });
    } else {
      await page.keyboard.press('Control+End');
      await page.keyboard.type(draft, { delay: 2 });
    }
    const coach = new CoachPage(page);
    await expect.poll(() => coach.badge.getAttribute('data-mood'), { timeout: 15_000 }).toBe(expectedMood);

    await coach.badge.click();
    await expect(coach.panel.locator('[data-testid=tactful-adapter]').getAttribute('data-adapter-id')).resolves.toBe(fixture.adapterId);
    await expect(coach.panel.locator('[data-testid=tactful-mode]').getAttribute('data-mode')).resolves.toBe(mode);
    await expect.poll(() => coach.panel.locator('[data-testid=tactful-finding][data-category=blame]').count()).toBe(1);
    const findings = () =>
      coach.findings().evaluateAll((items) => items.map((item) => `${item.getAttribute('data-category')}:${item.getAttribute('data-severity')}`));
    const checks = () => coach.panel.locator('[data-testid=tactful-check]').evaluateAll((items) => items.map((item) => item.getAttribute('data-status')));
    if (mode === 'note') {
      await expect(coach.panel.locator('[data-testid=tactful-mode]').textContent()).resolves.toBe('Internal note: customer-tone coaching relaxed');
      expect((await findings()).filter((finding) => !/^(blame|defensive):suggestion$/.test(finding))).toEqual([]);
      expect(new Set(await checks())).toEqual(new Set(['not-needed']));
    } else {
      expect(await findings(), await box.evaluate((element) => element.innerHTML)).toEqual(expect.arrayContaining(['passive-aggressive:warning', 'dismissive:error', 'blame:warning']));
    }
    await screenshot(page, `adapter-${fixture.name.replace(/[/.]/g, '-')}`);

    if (kind === 'textarea' || kind === 'contenteditable') {
      const read = () => box.evaluate((element) => (element instanceof HTMLTextAreaElement ? element.value : element.textContent ?? ''));
      const before = await read();
      await coach.panel.locator('[data-testid=tactful-finding][data-category=blame] [data-testid=tactful-suggestion]').first().click();
      await expect.poll(read).not.toBe(before);
      expect(await read()).not.toContain("You didn't attach the file.");
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('relaxes the coaching when the agent switches to a note, and reads the ticket again when the reply box gets focus back', async () => {
    const fixture = listFixtures().find((candidate) => candidate.name === 'zendesk/ticket-public-reply.html')!;
    const { page, errors } = await browser.newPage();
    await openFixture(page, fixture);
    // The page's own switcher: a click turns the visible ticket's reply box into an internal note.
    await page.evaluate(() => {
      const switcher = document.querySelectorAll<HTMLElement>('[data-test-id="omnichannel-channel-switcher-button"]')[1]!;
      switcher.addEventListener('click', () => (switcher.textContent = 'Internal note'));
    });
    const box = page.locator('[data-expect~="reply-box"]');
    await box.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(draft);
    const coach = new CoachPage(page);
    await coach.waitForCount(3);
    await page.locator('[data-ticket-id="4471"] [data-test-id="omnichannel-channel-switcher-button"]').click();
    await coach.waitForCount(1);

    const calm = 'Thanks, the replacement arrived and works.';
    await page.evaluate((text) => {
      document.querySelector('[data-expect="customer-message"] .zd-comment')!.textContent = text;
    }, calm);
    await page.keyboard.type(' Noted.');
    // Typing does not read the conversation again; focusing the reply box does.
    await expect.poll(() => coach.badge.getAttribute('data-mood')).toBe(analyzeCustomer(meta(fixture, 'customer-text')!).mood);
    await page.locator('[data-ticket-id="4471"] [data-test-id="omnichannel-channel-switcher-button"]').focus();
    await box.click();
    await expect.poll(() => coach.badge.getAttribute('data-mood')).toBe(analyzeCustomer(calm).mood);
    expect(analyzeCustomer(calm).mood).not.toBe(analyzeCustomer(meta(fixture, 'customer-text')!).mood);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('tells the popup which adapter reads the page and what the coach sees, once the coach is loaded', async () => {
    const fixture = listFixtures().find((candidate) => candidate.name === 'zendesk/ticket-internal-note.html')!;
    const { page, errors } = await browser.newPage();
    const url = await openFixture(page, fixture);
    await page.waitForLoadState('load');
    // Before the agent focuses a reply box the coach is not loaded, and no frame answers.
    expect(['no answer', null]).toContain(await popupStatus(browser, url));
    await page.locator('[data-expect~="reply-box"]').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(draft);
    const customer = analyzeCustomer(meta(fixture, 'customer-text')!);
    await expect
      .poll(() => popupStatus(browser, url))
      .toEqual({ adapter: { id: 'zendesk', name: 'Zendesk' }, replyBoxes: [{ count: 1, mood: customer.mood, mode: 'note', customerBy: 'zendesk' }] });
    expect(errors).toEqual([]);
    await page.close();
  });
});
