import { describe, expect, it } from 'vitest';
import { launchBrowser } from './support/launch-browser';
import { openEditorPage } from './support/open-editor-page';
import { servePages } from './support/serve-pages';
import { sharedInSuite } from './support/shared-in-suite';
import { screenshot } from './support/screenshot';

const pages = sharedInSuite(servePages);
const browser = sharedInSuite(launchBrowser);

describe('a reply in another language than English', () => {
  it('is not judged, and the badge and panel say so plainly', async () => {
    const { page, errors, coach } = await openEditorPage(browser(), pages().url, 'textarea');
    await coach.type('Hallo Herr Brandt, das ist Ihr Fehler, Sie hätten die Anleitung lesen müssen. BERUHIGEN SIE SICH!!!');
    await expect.poll(() => coach.badge.getAttribute('data-language')).toBe('de');
    expect(await coach.badge.getAttribute('aria-label')).toMatch(/reply in German, not checked/);

    await coach.badge.click();
    const notChecked = coach.panel.locator('[data-testid=tactful-not-checked]');
    await expect.poll(() => notChecked.count()).toBe(1);
    expect(await notChecked.textContent()).toBe('This is in German. Tactful coaches English text: it was not checked.');
    expect(await coach.findings().count()).toBe(0);
    expect(await coach.panel.locator('[data-testid=tactful-check]').count()).toBe(0);
    expect(await coach.panel.locator('[data-testid=tactful-tone]').count()).toBe(0);
    await screenshot(page, 'not-english-panel');
    expect(errors).toEqual([]);
    await page.close();
  });
});
