import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { riskyDraft } from './support/editor-flow';
import { launchBrowser } from './support/launch-browser';
import { openEditorPage } from './support/open-editor-page';
import { editorHasFocus, overlayFocus } from './support/overlay-focus';
import { servePages } from './support/serve-pages';
import { sharedInSuite } from './support/shared-in-suite';

const shortcut = 'Alt+Shift+K';

/** What has focus, named by id, by test id inside the overlay, or by tag. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active?.localName === 'tactful-overlay') return `overlay:${active.shadowRoot?.activeElement?.getAttribute('data-testid') ?? ''}`;
    return active?.id ? `#${active.id}` : (active?.localName ?? 'none');
  });
}

/** Puts the caret `offset` characters into the draft with the arrow keys, as an agent would. */
async function caretTo(page: Page, offset: number): Promise<void> {
  await page.keyboard.press('Control+Home');
  for (let step = 0; step < offset; step++) await page.keyboard.press('ArrowRight');
}

// A textarea, and a rich editor with its own model and key handling.
for (const pageName of ['textarea', 'prosemirror']) {
  describe(`the keyboard path on ${pageName}`, () => {
    const pages = sharedInSuite(servePages);
    const browser = sharedInSuite(launchBrowser);

    it(`${shortcut} in the editor opens the panel with focus in it, and Esc returns with the caret where it was`, async () => {
      const { page, errors, coach } = await openEditorPage(browser(), pages().url, pageName);
      await coach.type(riskyDraft);
      await coach.waitForCount(2);
      expect(await coach.badge.getAttribute('aria-keyshortcuts')).toBe(shortcut);

      // "Hi " : the caret outside any phrase, so no card is open.
      await caretTo(page, 3);
      expect(await coach.card.count()).toBe(0);
      await page.keyboard.press(shortcut);
      await expect.poll(() => coach.panel.count()).toBe(1);
      await expect.poll(() => overlayFocus(page)).toBe('h2:Tactful');
      // The key was Tactful's: nothing was typed into the draft.
      expect(await coach.readModel()).toBe(riskyDraft);
      // Into the panel's controls and back out.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await overlayFocus(page)).toMatch(/^tactful-suggestion:/);

      await page.keyboard.press('Escape');
      await expect.poll(() => coach.panel.count()).toBe(0);
      expect(await editorHasFocus(page)).toBe(true);
      await page.keyboard.type('X');
      await expect.poll(() => coach.readModel()).toBe(`Hi X${riskyDraft.slice(3)}`);
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`${shortcut} reaches the open card's fixes, and Esc returns to the phrase`, async () => {
      const { page, errors, coach } = await openEditorPage(browser(), pages().url, pageName);
      await coach.type(riskyDraft);
      await coach.waitForCount(2);
      // "Hi Dana, " is 9 characters: the caret one step into "as I already said".
      await caretTo(page, 10);
      await expect.poll(() => coach.card.count()).toBe(1);
      const first = (await coach.card.locator('[data-testid=tactful-suggestion]').first().textContent())!;
      await page.keyboard.press(shortcut);
      await expect.poll(() => overlayFocus(page)).toBe(`tactful-suggestion:${first}`);
      expect(await coach.panel.count()).toBe(0);

      await page.keyboard.press('Escape');
      await expect.poll(() => coach.card.count()).toBe(0);
      expect(await editorHasFocus(page)).toBe(true);
      await page.keyboard.type('X');
      await expect.poll(() => coach.readModel()).toBe(`${riskyDraft.slice(0, 10)}X${riskyDraft.slice(10)}`);
      expect(errors).toEqual([]);
      await page.close();
    });

    it("leaves the page's own Tab order alone: the overlay comes after the page's controls", async () => {
      const { page, errors, coach } = await openEditorPage(browser(), pages().url, pageName);
      // A help desk's controls around the reply box: a toolbar button before it, Send after it.
      await page.evaluate(() => {
        const editor = document.querySelector(window.fixture!.inputSelector)!.closest('.reply-area')!;
        const button = (id: string, text: string) => Object.assign(document.createElement('button'), { id, textContent: text, type: 'button' });
        editor.before(button('toolbar', 'Bold'));
        editor.after(button('send', 'Send'));
      });
      await coach.type(riskyDraft);
      await coach.waitForCount(2);
      await page.keyboard.press('Shift+Tab');
      expect(await focused(page)).toBe('#toolbar');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('#reply');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('#send');
      // Only after the page's last control does Tab reach the badge.
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('overlay:tactful-badge');
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}
