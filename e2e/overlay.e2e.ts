import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CoachPage } from './support/coach-page';
import { riskyDraft } from './support/editor-flow';
import { highlightedPhrases } from './support/highlighted-phrases';
import { launchBrowser } from './support/launch-browser';
import { openEditorPage } from './support/open-editor-page';
import { darkPageCss } from './support/dark-page';
import { editorHasFocus, overlayFocus } from './support/overlay-focus';
import { phraseBox } from './support/phrase-box';
import { screenshot } from './support/screenshot';
import { servePages } from './support/serve-pages';
import { sharedInSuite } from './support/shared-in-suite';

for (const pageName of ['textarea', 'contenteditable']) {
  describe(`overlay on ${pageName}`, () => {
    const pages = sharedInSuite(servePages);
    const browser = sharedInSuite(launchBrowser);

    /** A fresh ticket with the risky draft typed in and both findings shown. */
    async function openDraft(options: { dark?: boolean } = {}): Promise<{ page: Page; coach: CoachPage; errors: string[] }> {
      const { page, errors, coach } = await openEditorPage(browser(), pages().url, pageName);
      if (options.dark) await page.addStyleTag({ content: darkPageCss });
      await coach.type(riskyDraft);
      await coach.waitForCount(2);
      return { page, coach, errors };
    }

    it('underlines every finding without touching the editor, in the page theme', async () => {
      const { page, errors } = await openDraft();
      expect(await page.locator('tactful-overlay [data-testid=tactful-editor-overlay]').getAttribute('data-theme')).toBe('light');
      if (pageName === 'textarea') {
        const runs = page.locator('tactful-overlay [data-testid=tactful-underline]');
        await expect.poll(() => runs.allTextContents()).toEqual(['as I already said', 'Calm down']);
        const boxes = await page.evaluate(() => {
          const mirror = document.querySelector('tactful-overlay')!.shadowRoot!.querySelector<HTMLElement>('[data-testid=tactful-mirror]')!;
          const textarea = document.querySelector('textarea')!;
          const round = (rect: DOMRect) => [rect.left, rect.top, rect.width, rect.height].map(Math.round);
          return { mirror: round(mirror.getBoundingClientRect()), textarea: round(textarea.getBoundingClientRect()), font: [getComputedStyle(mirror).font, getComputedStyle(textarea).font] };
        });
        expect(boxes.mirror).toEqual(boxes.textarea);
        expect(boxes.font[0]).toBe(boxes.font[1]);
      } else {
        expect(await highlightedPhrases(page)).toEqual(['Calm down', 'as I already said']);
        // The editor's DOM is untouched: a single text node, no marks.
        expect(await page.evaluate(() => document.querySelector('#reply')!.innerHTML)).toBe(riskyDraft);
      }
      await screenshot(page, `${pageName}-light-badge`);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('keeps the underlines on the text through scrolling, resizing, font changes and zoom, and draws page text as text', async () => {
      const { page, coach, errors } = await openDraft();
      // A contenteditable grows with its text unless the page caps it: capped here, so that it scrolls.
      await page.addStyleTag({ content: '.editor { max-height: 200px; overflow: auto; }' });
      const long = `${Array.from({ length: 14 }, (_, line) => `Line ${line} <b>of</b> the reply, long enough to wrap when the reply box gets narrow.`).join('\n')}\n${riskyDraft}`;
      await page.fill('#reply', long);
      await coach.waitForCount(2);
      /** Where the underlined runs are drawn, relative to the editor, and whether the mirror wraps and scrolls like the textarea. */
      const layout = () =>
        page.evaluate(`(() => {
          const editor = document.querySelector('#reply');
          const box = editor.getBoundingClientRect();
          const root = document.querySelector('tactful-overlay').shadowRoot;
          const mirror = root.querySelector('[data-testid=tactful-mirror]');
          const highlighted = [...CSS.highlights.entries()].filter(([name]) => name.startsWith('tactful-')).flatMap(([, highlight]) => [...highlight]);
          const rects = mirror
            ? [...root.querySelectorAll('[data-testid=tactful-underline]')].map((run) => run.getBoundingClientRect())
            : highlighted.map((range) => range.getBoundingClientRect());
          return {
            mirror: mirror ? { scrollTop: mirror.scrollTop, scrollHeight: mirror.scrollHeight, width: Math.round(mirror.getBoundingClientRect().width), html: mirror.querySelectorAll('b').length } : null,
            editor: { scrollTop: editor.scrollTop, scrollHeight: editor.scrollHeight, width: Math.round(box.width) },
            visible: rects.filter((rect) => rect.top >= box.top && rect.bottom <= box.bottom + 2).length,
          };
        })()`) as Promise<{ mirror: { scrollTop: number; scrollHeight: number; width: number; html: number } | null; editor: { scrollTop: number; scrollHeight: number; width: number }; visible: number }>;
      const expectAligned = async (name: string) => {
        await page.waitForTimeout(100);
        const measured = await layout();
        if (measured.mirror) {
          // The same wrapping gives the same content height; the same scroll shows the same lines.
          expect(measured.mirror).toEqual({ ...measured.editor, html: 0 });
        }
        await screenshot(page, `${pageName}-light-${name}`);
        return measured;
      };
      await page.evaluate(() => document.querySelector('#reply')!.scrollTo(0, 1e6));
      expect((await expectAligned('scrolled-bottom')).visible).toBe(2);
      await page.evaluate(() => document.querySelector('#reply')!.scrollTo(0, 0));
      expect((await expectAligned('scrolled-top')).visible).toBe(0);
      await page.evaluate(() => {
        const editor = document.querySelector<HTMLElement>('#reply')!;
        editor.style.width = '55%';
        editor.style.font = '18px/1.6 Georgia, serif';
        editor.scrollTo(0, 1e6);
      });
      expect((await expectAligned('narrow-serif')).visible).toBe(2);
      await page.evaluate(() => {
        document.body.style.zoom = '1.25';
        document.querySelector('#reply')!.scrollTo(0, 1e6);
      });
      expect((await expectAligned('zoomed')).visible).toBe(2);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('opens a card on a click into a phrase, below it, and Esc closes it and keeps the editor focused', async () => {
      const { page, coach, errors } = await openDraft();
      const phrase = await phraseBox(page, 'as I already said');
      await page.mouse.click((phrase.left + phrase.right) / 2, (phrase.top + phrase.bottom) / 2);
      await expect.poll(() => coach.card.count()).toBe(1);
      expect(await coach.card.getAttribute('data-rule-id')).toBe('passive-aggressive-as-i-said');
      expect(await coach.card.locator('[data-testid=tactful-suggestion]').count()).toBeGreaterThan(0);
      const card = (await coach.card.boundingBox())!;
      // Never over the phrase's line, where the agent is typing.
      expect(card.y >= phrase.bottom - 0.5 || card.y + card.height <= phrase.top + 0.5).toBe(true);
      expect(await editorHasFocus(page)).toBe(true);
      await screenshot(page, `${pageName}-light-card`);

      await page.keyboard.press('Escape');
      await expect.poll(() => coach.card.count()).toBe(0);
      expect(await editorHasFocus(page)).toBe(true);
      // A second click on the same phrase brings the card back.
      await page.mouse.click((phrase.left + phrase.right) / 2, (phrase.top + phrase.bottom) / 2);
      await expect.poll(() => coach.card.count()).toBe(1);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('flips the card above the phrase near the bottom of the viewport', async () => {
      const { page, coach, errors } = await openDraft();
      await page.setViewportSize({ width: 1100, height: 320 });
      const phrase = await phraseBox(page, 'Calm down');
      await page.mouse.click(phrase.left + 5, (phrase.top + phrase.bottom) / 2);
      await expect.poll(() => coach.card.count()).toBe(1);
      const card = (await coach.card.boundingBox())!;
      expect(card.y + card.height).toBeLessThanOrEqual(phrase.top + 0.5);
      expect(card.y).toBeGreaterThanOrEqual(0);
      await screenshot(page, `${pageName}-light-card-flipped`);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('opens the card when the caret moves into a phrase and closes it when the caret leaves', async () => {
      const { page, coach, errors } = await openDraft();
      await page.keyboard.press('Control+Home');
      await expect.poll(() => coach.card.count()).toBe(0);
      // "Hi Dana, " is 9 characters: the 10th step lands inside "as I already said".
      for (let step = 0; step < 10; step++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => coach.card.count()).toBe(1);
      expect(await coach.card.getAttribute('data-rule-id')).toBe('passive-aggressive-as-i-said');
      expect(await editorHasFocus(page)).toBe(true);
      // From the editor, Alt+Down reaches the card's fixes; arrows move between them; Esc goes back to the editor.
      const buttons = await coach.card.locator('.actions button').allTextContents();
      await page.keyboard.press('Alt+ArrowDown');
      expect(await overlayFocus(page)).toBe(`tactful-suggestion:${buttons[0]}`);
      await page.keyboard.press('ArrowDown');
      expect(await overlayFocus(page)).toMatch(new RegExp(`:${buttons[1]}$`));
      await page.keyboard.press('Escape');
      await expect.poll(() => coach.card.count()).toBe(0);
      expect(await editorHasFocus(page)).toBe(true);
      // Moving on inside the same phrase does not bring back a card the agent dismissed; leaving it and coming back does.
      await page.keyboard.press('ArrowRight');
      expect(await coach.card.count()).toBe(0);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      expect(await coach.card.count()).toBe(0);
      for (let step = 0; step < 20; step++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => coach.card.count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('applies a fix from the card', async () => {
      const { page, coach, errors } = await openDraft();
      const phrase = await phraseBox(page, 'Calm down');
      await page.mouse.click(phrase.left + 5, (phrase.top + phrase.bottom) / 2);
      await expect.poll(() => coach.card.count()).toBe(1);
      const suggestion = coach.card.locator('[data-testid=tactful-suggestion]').first();
      const replacement = (await suggestion.textContent())!;
      await suggestion.click();
      await expect.poll(() => coach.readModel()).toBe(riskyDraft.replace('Calm down', replacement));
      await coach.waitForCount(1);
      expect(await coach.card.count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('is usable from the keyboard: Enter on the badge, arrows between fixes, Esc back to the editor', async () => {
      const { page, coach, errors } = await openDraft();
      await coach.badge.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => coach.panel.count()).toBe(1);
      expect(await overlayFocus(page)).toBe('h2:Tactful');
      expect(await coach.badge.getAttribute('aria-expanded')).toBe('true');

      const buttons = await coach.findings().first().locator('.actions button').allTextContents();
      await page.keyboard.press('Tab'); // the close button
      await page.keyboard.press('Tab'); // the first finding's toolbar
      expect(await overlayFocus(page)).toBe(`tactful-suggestion:${buttons[0]}`);
      await page.keyboard.press('ArrowRight');
      expect(await overlayFocus(page)).toMatch(new RegExp(`:${buttons[1]}$`));
      await page.keyboard.press('ArrowLeft');
      expect(await overlayFocus(page)).toBe(`tactful-suggestion:${buttons[0]}`);
      await page.keyboard.press('End');
      expect(await overlayFocus(page)).toBe('tactful-ignore-rule:Ignore this rule');
      await screenshot(page, `${pageName}-light-panel`);

      await page.keyboard.press('Escape');
      await expect.poll(() => coach.panel.count()).toBe(0);
      expect(await editorHasFocus(page)).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('shows the mood with its signals, the checklist and every finding in the panel', async () => {
      const { page, coach, errors } = await openDraft();
      await coach.badge.click();
      const mood = coach.panel.locator('[data-testid=tactful-mood]');
      expect(await mood.getAttribute('data-mood')).toBe('angry');
      expect(await mood.locator('[data-testid=tactful-signal]').count()).toBeGreaterThan(0);
      // Each signal names the rule that found it, so a wrong one can be traced to its rule.
      const signalRules = await mood.locator('[data-testid=tactful-signal] q').evaluateAll((quotes) => quotes.map((quote) => quote.getAttribute('data-rule-id')));
      expect(signalRules.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
      const checks = coach.panel.locator('[data-testid=tactful-check]');
      expect(await checks.count()).toBe(7);
      expect(await coach.panel.locator('[data-testid=tactful-check][data-check-id=empathy]').getAttribute('data-status')).toBe('missing');
      const findings = coach.findings();
      expect(await findings.evaluateAll((items) => items.map((item) => [item.getAttribute('data-rule-id'), item.getAttribute('data-category'), item.getAttribute('data-severity')]))).toEqual([
        ['passive-aggressive-as-i-said', 'passive-aggressive', expect.any(String)],
        [expect.any(String), 'dismissive', expect.any(String)],
      ]);
      expect(await coach.panel.locator('[data-testid=tactful-tone]').getAttribute('data-tone')).toMatch(/^\d+$/);
      // The panel sits beside the editor, not over it.
      const editor = (await page.locator('#reply').boundingBox())!;
      const panel = (await coach.panel.boundingBox())!;
      const overlaps = panel.x < editor.x + editor.width && editor.x < panel.x + panel.width && panel.y < editor.y + editor.height && editor.y < panel.y + panel.height;
      expect(overlaps).toBe(false);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('Ignore and Ignore this rule take findings out of the count', async () => {
      const { page, coach, errors } = await openDraft();
      await coach.badge.click();
      await coach.findings().first().locator('[data-testid=tactful-ignore]').click();
      await coach.waitForCount(1);
      await coach.findings().first().locator('[data-testid=tactful-ignore-rule]').click();
      await coach.waitForCount(0);
      await screenshot(page, `${pageName}-light-panel-empty`);
      // An ignored rule stays ignored for new text.
      await page.click('#reply');
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' Calm down.');
      await expect.poll(() => coach.readModel()).toBe(`${riskyDraft} Calm down.`);
      await page.waitForTimeout(200);
      expect(await coach.badge.getAttribute('data-count')).toBe('0');
      expect(errors).toEqual([]);
      await page.close();
    });

    it('refuses a fix when the text changed underneath, and says so', async () => {
      const { page, coach, errors } = await openDraft();
      await coach.badge.click();
      // The page changes the draft without an input event and the agent clicks a fix before the coach could
      // read the change (in the same task): the fix's offsets are stale.
      const changed = await page.evaluate(() => {
        const editor = document.querySelector(window.fixture!.inputSelector)!;
        if (editor instanceof HTMLTextAreaElement) editor.value = editor.value.replace('Hi Dana', 'Hello Dana');
        else editor.firstChild!.textContent = editor.firstChild!.textContent!.replace('Hi Dana', 'Hello Dana');
        document
          .querySelector('tactful-overlay')!
          .shadowRoot!.querySelector<HTMLElement>('[data-testid=tactful-finding][data-rule-id="passive-aggressive-as-i-said"] [data-testid=tactful-suggestion]')!
          .click();
        return window.fixture!.readModel();
      });
      const notice = coach.panel.locator('[data-testid=tactful-notice]');
      await expect.poll(() => notice.count()).toBe(1);
      expect(await notice.textContent()).toMatch(/changed/);
      expect(await coach.readModel()).toBe(changed);
      await screenshot(page, `${pageName}-light-stale-notice`);
      // With the panel closed, the notice stays in view beside the badge.
      await page.keyboard.press('Escape');
      await expect.poll(() => coach.panel.count()).toBe(0);
      expect(await page.locator('tactful-overlay [data-testid=tactful-notice]').count()).toBe(1);
      await screenshot(page, `${pageName}-light-stale-notice-floating`);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('is readable on a dark page', async () => {
      const { page, coach, errors } = await openDraft({ dark: true });
      expect(await page.locator('tactful-overlay [data-testid=tactful-editor-overlay]').getAttribute('data-theme')).toBe('dark');
      await screenshot(page, `${pageName}-dark-badge`);
      await coach.badge.click();
      await expect.poll(() => coach.panel.count()).toBe(1);
      await screenshot(page, `${pageName}-dark-panel`);
      await page.keyboard.press('Escape');
      const phrase = await phraseBox(page, 'Calm down');
      await page.mouse.click(phrase.left + 5, (phrase.top + phrase.bottom) / 2);
      await expect.poll(() => coach.card.count()).toBe(1);
      await screenshot(page, `${pageName}-dark-card`);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}
