import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './launch-browser';
import { CoachPage } from './coach-page';

/**
 * Opens an editor's fixture page from the pages server and waits until its editor is ready. With `origin` (a
 * product's own address) the tab loads it from there, answered by the pages server: for an editor that is
 * known by the product it runs in (RoosterJS in Outlook) rather than by markers of its own. No request leaves the machine.
 */
export async function openEditorPage(browser: ExtensionBrowser, serverUrl: string, pageName: string, origin?: string): Promise<{ page: Page; errors: string[]; coach: CoachPage }> {
  const { page, errors } = await browser.newPage();
  if (origin) {
    await page.route(`${origin}/**`, async (route) => route.fulfill({ response: await route.fetch({ url: serverUrl + route.request().url().slice(origin.length) }) }));
  }
  await page.goto(`${origin ?? serverUrl}/${pageName}/index.html`);
  await page.waitForFunction(() => window.fixture !== undefined);
  const coach = new CoachPage(page, await page.evaluate(() => window.fixture!.frameSelector));
  return { page, errors, coach };
}
