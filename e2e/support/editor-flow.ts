import { expect, it } from 'vitest';
import { highlightedPhrases } from './highlighted-phrases';
import { launchBrowser } from './launch-browser';
import { openEditorPage } from './open-editor-page';
import { servePages } from './serve-pages';
import { sharedInSuite } from './shared-in-suite';

/** A draft with two risky phrases, typed into every editor; a fix for the first is applied through the panel. */
export const riskyDraft = "Hi Dana, as I already said, the refund takes 5 days. Calm down, please.";
export const fixedDraft = "Hi Dana, to recap, the refund takes 5 days. Calm down, please.";

export interface EditorPageOptions {
  /** The product address to open the page at, for an editor known by the product it runs in (see openEditorPage). */
  origin?: string;
  /**
   * Also check that the underlines leave the editor's DOM as it was and that a fix is refused once the draft
   * changed underneath, which the test does by editing the editor's DOM behind its back: for editors that take
   * that as the page's own change (not React-rendered ones, which render over it).
   */
  staleFix?: boolean;
  /** Also check, in the editor flow, that the coach underlines the risky phrases in the editor's text. */
  underlines?: boolean;
}

/**
 * The same checks for every editor page: typing produces findings and underlines, a fix reaches the
 * editor's own model exactly, Ctrl+Z restores the wording, typing goes on, and the page raises no errors.
 */
export function describeEditor(pageName: string, options: EditorPageOptions = {}): void {
  const pages = sharedInSuite(servePages);
  const browser = sharedInSuite(launchBrowser);

  it('coaches a risky draft and applies a fix through the editor, with undo', async () => {
    const { page, errors, coach } = await openEditorPage(browser(), pages().url, pageName, options.origin);
    await coach.type(riskyDraft);
    await coach.waitForCount(2);
    if (options.underlines) await expect.poll(async () => highlightedPhrases(await coach.frame())).toEqual(['Calm down', 'as I already said']);
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
    // Editors that render from their model (Slate) put the restored selection back on their next frames: let them,
    // or the caret move below races it and the typing replaces the restored phrase.
    await (await coach.frame()).evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

    await page.keyboard.press('End');
    await page.keyboard.type(' Thanks!');
    await expect.poll(() => coach.readModel()).toBe(`${riskyDraft} Thanks!`);
    expect(errors).toEqual([]);
    await page.close();
  });

  if (!options.staleFix) return;
  it('underlines the risky phrases, and refuses a fix once the draft changed underneath', async () => {
    const { page, errors, coach } = await openEditorPage(browser(), pages().url, pageName, options.origin);
    await coach.type(riskyDraft);
    await coach.waitForCount(2);
    // In the frame the editor edits in, where the coach draws its highlights over the editor's text.
    const frame = await coach.frame();
    await expect.poll(() => highlightedPhrases(frame)).toEqual(['Calm down', 'as I already said']);

    await coach.badge.click();
    // The page changes the draft without an input event and the agent clicks a fix in the same task, before
    // the coach could read the change: the fix's offsets are stale.
    await frame.evaluate(() => {
      const editor = document.querySelector('[contenteditable="true"]')!;
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) node.data = node.data.replace('Hi Dana', 'Hello Dana');
      document
        .querySelector('tactful-overlay')!
        .shadowRoot!.querySelector<HTMLElement>('[data-testid=tactful-finding][data-rule-id="passive-aggressive-as-i-said"] [data-testid=tactful-suggestion]')!
        .click();
    });
    const notice = coach.panel.locator('[data-testid=tactful-notice]');
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toMatch(/changed/);
    await expect.poll(() => coach.readModel()).toBe(riskyDraft.replace('Hi Dana', 'Hello Dana'));
    expect(errors).toEqual([]);
    await page.close();
  });
}
