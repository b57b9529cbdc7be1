import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CoachPage } from './support/coach-page';
import { auditOverlay } from './support/audit-overlay';
import { darkPageCss } from './support/dark-page';
import { riskyDraft } from './support/editor-flow';
import { launchBrowser } from './support/launch-browser';
import { openEditorPage } from './support/open-editor-page';
import { servePages } from './support/serve-pages';
import { sharedInSuite } from './support/shared-in-suite';

const pages = sharedInSuite(servePages);
const browser = sharedInSuite(launchBrowser);

/**
 * Audits the overlay as it is drawn now: no serious or critical WCAG 2.1 AA violation, and the audit reached it (the
 * badge's name was checked; and text contrast, except where the only text is the badge's dash, too short for axe).
 */
async function expectAccessible(page: Page, state: string, options: { contrast?: boolean } = {}): Promise<void> {
  const audit = await auditOverlay(page);
  expect({ state, violations: audit.violations }).toEqual({ state, violations: [] });
  expect(audit.passed).toContain('button-name');
  if (options.contrast ?? true) expect(audit.passed).toContain('color-contrast');
}

for (const theme of ['light', 'dark']) {
  describe(`the overlay on a ${theme} page`, () => {
    async function open(pageName: string, draft: string): Promise<{ page: Page; coach: CoachPage; errors: string[] }> {
      const { page, errors, coach } = await openEditorPage(browser(), pages().url, pageName);
      if (theme === 'dark') await page.addStyleTag({ content: darkPageCss });
      await coach.type(draft);
      return { page, coach, errors };
    }

    it('passes the audit as a badge, an open panel, a card with a finding and a held send', async () => {
      const { page, coach, errors } = await open('textarea', riskyDraft);
      await coach.waitForCount(2);
      expect(await page.locator('tactful-overlay [data-testid=tactful-editor-overlay]').getAttribute('data-theme')).toBe(theme);
      await expectAccessible(page, 'badge');

      await page.keyboard.press('Alt+Shift+K');
      await expect.poll(() => coach.panel.count()).toBe(1);
      await expectAccessible(page, 'panel');
      await page.keyboard.press('Escape');

      // "Hi Dana, " is 9 characters: the caret one step into "as I already said" opens its card.
      await page.keyboard.press('Control+Home');
      for (let step = 0; step < 10; step++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => coach.card.count()).toBe(1);
      await expectAccessible(page, 'card');
      await page.keyboard.press('Escape');

      // Ctrl+Enter sends on a page no adapter knows: with findings left, the send is held.
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => coach.sendCheck.count()).toBe(1);
      await expectAccessible(page, 'send check');
      await page.keyboard.press('Escape');
      await expect.poll(() => coach.sendCheck.count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('passes the audit with a notice beside the badge and in the panel', async () => {
      const { page, coach, errors } = await open('contenteditable', riskyDraft);
      await coach.waitForCount(2);
      await coach.badge.click();
      // A fix whose offsets went stale: the coach refuses it and says so.
      await page.evaluate(() => {
        const editor = document.querySelector(window.fixture!.inputSelector)!;
        editor.firstChild!.textContent = editor.firstChild!.textContent!.replace('Hi Dana', 'Hello Dana');
        document.querySelector('tactful-overlay')!.shadowRoot!.querySelector<HTMLElement>('[data-testid=tactful-finding] [data-testid=tactful-suggestion]')!.click();
      });
      await expect.poll(() => coach.panel.locator('[data-testid=tactful-notice]').count()).toBe(1);
      await expectAccessible(page, 'notice in the panel');
      await page.keyboard.press('Escape');
      await expect.poll(() => coach.panel.count()).toBe(0);
      expect(await page.locator('tactful-overlay [data-testid=tactful-notice]').count()).toBe(1);
      await expectAccessible(page, 'notice beside the badge');
      expect(errors).toEqual([]);
      await page.close();
    });

    it('passes the audit for a reply in another language, badge and panel', async () => {
      const { page, coach, errors } = await open('textarea', 'Hallo Herr Brandt, das ist Ihr Fehler, Sie hätten die Anleitung lesen müssen. Bitte beruhigen Sie sich.');
      await expect.poll(() => coach.badge.getAttribute('data-language')).toBe('de');
      await expectAccessible(page, 'not English: badge', { contrast: false });
      await coach.badge.click();
      await expect.poll(() => coach.panel.locator('[data-testid=tactful-not-checked]').count()).toBe(1);
      await expectAccessible(page, 'not English: panel');
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}
