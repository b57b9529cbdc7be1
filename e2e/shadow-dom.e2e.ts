import { describe, expect, it } from 'vitest';
import { underlineColors } from '../src/overlay/underline-colors';
import { CoachPage } from './support/coach-page';
import { fixedDraft, riskyDraft } from './support/editor-flow';
import { highlightedPhrases } from './support/highlighted-phrases';
import { launchBrowser } from './support/launch-browser';
import { paintedPixels } from './support/painted-pixels';
import { phraseBox } from './support/phrase-box';
import { screenshot } from './support/screenshot';
import { servePages } from './support/serve-pages';
import { sharedInSuite } from './support/shared-in-suite';

/**
 * Reply boxes drawn inside an open shadow root (e2e/pages/shadow-dom: a custom element holding a contenteditable,
 * a textarea and Quill 2, as Intercom's and Salesforce's components do): focus there reaches the detector, the
 * underlines are painted on the text, the caret opens a finding's card, and a fix reaches the editor's model.
 */
describe('reply boxes in an open shadow root', () => {
  const pages = sharedInSuite(servePages);
  const browser = sharedInSuite(launchBrowser);

  for (const editor of ['contenteditable', 'textarea', 'quill']) {
    it(`coaches a ${editor}: painted underlines, the card at the caret, a fix in the model and its undo`, async () => {
      const { page, errors } = await browser().newPage();
      await page.goto(`${pages().url}/shadow-dom/index.html?editor=${editor}`);
      await page.waitForFunction(() => window.fixture !== undefined);
      const coach = new CoachPage(page);
      await coach.type(riskyDraft);
      await coach.waitForCount(2);
      expect(await coach.badge.getAttribute('data-mood')).toBe('angry');
      expect(await coach.readModel()).toBe(riskyDraft);

      if (editor === 'textarea') {
        await expect.poll(() => page.locator('tactful-overlay [data-testid=tactful-underline]').allTextContents()).toEqual(['as I already said', 'Calm down']);
      } else {
        expect(await highlightedPhrases(page)).toEqual(['Calm down', 'as I already said']);
      }
      // The wavy line under "Calm down" is on screen in the error colour; the words after it, as wide, have none.
      const flagged = await phraseBox(page, 'Calm down');
      const width = flagged.right - flagged.left;
      expect(await paintedPixels(page, { ...flagged, bottom: flagged.bottom + 4 }, underlineColors.light.error)).toBeGreaterThan(20);
      const after = { ...flagged, left: flagged.right + 4, right: flagged.right + 4 + width, bottom: flagged.bottom + 4 };
      expect(await paintedPixels(page, after, underlineColors.light.error)).toBe(0);
      if (editor !== 'textarea') {
        // Also from the shadow tree's own rules alone: browsers without highlight inheritance (Chromium before 134) do
        // not paint a shadow tree's highlights with the document's.
        const documentSheets = await page.evaluate(() => {
          const sheets = [...document.adoptedStyleSheets];
          document.adoptedStyleSheets = [];
          return sheets.length;
        });
        expect(documentSheets).toBe(1);
        expect(await paintedPixels(page, { ...flagged, bottom: flagged.bottom + 4 }, underlineColors.light.error)).toBeGreaterThan(20);
      }
      await screenshot(page, `shadow-dom-${editor}`);

      const phrase = await phraseBox(page, 'as I already said');
      await page.mouse.click((phrase.left + phrase.right) / 2, (phrase.top + phrase.bottom) / 2);
      await coach.card.waitFor();
      expect(await coach.card.getAttribute('data-rule-id')).toBe('passive-aggressive-as-i-said');
      await coach.card.locator('[data-testid=tactful-suggestion]').first().click();
      await expect.poll(() => coach.readModel()).toBe(fixedDraft);
      await coach.waitForCount(1);

      await page.keyboard.press('Control+z');
      await expect.poll(() => coach.readModel()).toBe(riskyDraft);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
