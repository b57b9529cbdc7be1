import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, type ExtensionBrowser } from './launch-browser';
import { servePages } from './serve-pages';
import { CoachPage } from './coach-page';

/** A draft with two risky phrases, typed into every editor; a fix for the first is applied through the panel. */
export const riskyDraft = "Hi Dana, as I already said, the refund takes 5 days. Calm down, please.";
export const fixedDraft = "Hi Dana, to recap, the refund takes 5 days. Calm down, please.";

/**
 * The same checks for every editor page: typing produces findings and underlines, a fix reaches the
 * editor's own model exactly, Ctrl+Z restores the wording, typing goes on, and the page raises no errors.
 */
export function describeEditor(pageName: string): void {
  let browser: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof servePages>>;

  beforeAll(async () => {
    server = await servePages();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('coaches a risky draft and applies a fix through the editor, with undo', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${server.url}/${pageName}/index.html`);
    await page.waitForFunction(() => window.fixture !== undefined);
    const coach = new CoachPage(page, await page.evaluate(() => window.fixture!.frameSelector));
    await coach.type(riskyDraft);
    await coach.waitForCount(2);
    expect(await coach.badge.getAttribute('data-mood')).toBe('angry');
    expect(await coach.readModel()).toBe(riskyDraft);

    await coach.badge.click();
    await expect.poll(() => coach.findings().count()).toBe(2);
    const finding = coach.panel.locator('[data-testid=tactful-finding][data-rule-id="passive-aggressive-as-i-said"]');
    await finding.locator('[data-testid=tactful-suggestion]').first().click();
    await expect.poll(() => coach.readModel()).toBe(fixedDraft);
    await coach.waitForCount(1);

    await page.keyboard.press('Control+z');
    await expect.poll(() => coach.readModel()).toBe(riskyDraft);

    await page.keyboard.press('End');
    await page.keyboard.type(' Thanks!');
    await expect.poll(() => coach.readModel()).toBe(`${riskyDraft} Thanks!`);
    expect(errors).toEqual([]);
    await page.close();
  });
}
