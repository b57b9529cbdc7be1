import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CoachPage } from './support/coach-page';
import { describeEditor, fixedDraft, riskyDraft } from './support/editor-flow';
import { launchBrowser, type ExtensionBrowser } from './support/launch-browser';
import { servePages } from './support/serve-pages';
import { sharedInSuite } from './support/shared-in-suite';

/**
 * An in-house editor Tactful does not recognise, with its own model and an undo manager that merges consecutive
 * typing into one step (e2e/pages/merging-editor). Fixes take the safe path for unknown editors; where the editor
 * takes nothing but typing, the fix lands as a DOM change its undo merges with the typing, and the undo guard
 * offers the draft back.
 */
describe('an in-house editor whose undo merges typing', () => {
  describeEditor('merging-editor');

  const pages = sharedInSuite(servePages);
  const browser = sharedInSuite(launchBrowser);

  async function open(query = ''): Promise<{ page: Page; errors: string[]; coach: CoachPage }> {
    const { page, errors } = await browser().newPage();
    await page.goto(`${pages().url}/merging-editor/index.html${query}`);
    await page.waitForFunction(() => window.fixture !== undefined);
    return { page, errors, coach: new CoachPage(page) };
  }

  const undoDepth = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { modelEditor: { undoDepth(): number } }).modelEditor.undoDepth());

  async function typeAndFix(coach: CoachPage): Promise<void> {
    await coach.type(riskyDraft);
    await coach.waitForCount(2);
    await coach.badge.click();
    await coach.panel.locator('[data-testid=tactful-finding][data-rule-id="passive-aggressive-as-i-said"] [data-testid=tactful-suggestion]').first().click();
    await expect.poll(() => coach.readModel()).toBe(fixedDraft);
  }

  it('sends the fix through the editor’s own input handling, as an undo step of its own', async () => {
    const { page, errors, coach } = await open();
    await coach.type(riskyDraft);
    await coach.waitForCount(2);
    // All the typing is one step of the editor's history.
    expect(await undoDepth(page)).toBe(1);
    await coach.badge.click();
    await coach.panel.locator('[data-testid=tactful-finding][data-rule-id="passive-aggressive-as-i-said"] [data-testid=tactful-suggestion]').first().click();
    await expect.poll(() => coach.readModel()).toBe(fixedDraft);
    expect(await undoDepth(page)).toBe(2);
    await page.keyboard.press('Control+z');
    await expect.poll(() => coach.readModel()).toBe(riskyDraft);
    await coach.waitForCount(2);
    expect(await coach.panel.locator('[data-testid=tactful-restore-draft]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers the draft back when the undo after a fix empties the box, and restores it as one undo step', async () => {
    const { page, errors, coach } = await open('?handles=typing');
    await typeAndFix(coach);
    // The editor read the fix back as more typing: one step holds the whole draft.
    expect(await undoDepth(page)).toBe(1);
    expect(await coach.panel.locator('[data-testid=tactful-restore-draft]').count()).toBe(0);

    await page.keyboard.press('Control+z');
    await expect.poll(() => coach.readModel()).toBe('');
    const restore = coach.panel.locator('[data-testid=tactful-restore-draft]');
    await expect.poll(() => restore.count()).toBe(1);
    await restore.click();
    await expect.poll(() => coach.readModel()).toBe(riskyDraft);
    await coach.waitForCount(2);
    expect(await restore.count()).toBe(0);

    // One step: a single Ctrl+Z takes the whole restore back, and nothing else.
    await page.keyboard.press('Control+z');
    await expect.poll(() => coach.readModel()).toBe('');
    await page.keyboard.type('Hi Dana, thanks for waiting.');
    await expect.poll(() => coach.readModel()).toBe('Hi Dana, thanks for waiting.');
    expect(await restore.count()).toBe(0);
    await expectNoDraftStored(browser(), page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers the words written after the fix back when one undo takes them all, and withdraws the offer when the draft changes', async () => {
    const { page, errors, coach } = await open('?handles=typing');
    await typeAndFix(coach);
    await page.keyboard.press('End');
    await page.keyboard.type(' Thanks!');
    await expect.poll(() => coach.readModel()).toBe(`${fixedDraft} Thanks!`);
    // Time for the coach to have seen the typing.
    await page.waitForTimeout(300);
    await page.keyboard.press('Control+z');
    await expect.poll(() => coach.readModel()).toBe('');
    const offered = coach.panel.locator('[data-testid=tactful-restore-draft]');
    await expect.poll(() => offered.count()).toBe(1);
    await offered.click();
    await expect.poll(() => coach.readModel()).toBe(`${fixedDraft} Thanks!`);
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await expect.poll(() => coach.readModel()).toBe('');

    await page.keyboard.type(riskyDraft, { delay: 5 });
    await coach.waitForCount(2);
    await coach.panel.locator('[data-testid=tactful-finding][data-rule-id="passive-aggressive-as-i-said"] [data-testid=tactful-suggestion]').first().click();
    await expect.poll(() => coach.readModel()).toBe(fixedDraft);
    // With the panel closed, the offer floats beside the badge.
    await page.keyboard.press('Escape');
    await expect.poll(() => coach.panel.count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => coach.readModel()).toBe('');
    const restore = page.locator('tactful-overlay [data-testid=tactful-restore-draft]');
    await expect.poll(() => restore.count()).toBe(1);
    await page.keyboard.type('Hello');
    await expect.poll(() => restore.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The draft before a fix is kept in memory only: nothing of it in the extension's storage or the page's. */
async function expectNoDraftStored(browser: ExtensionBrowser, page: Page): Promise<void> {
  const [worker] = browser.context.serviceWorkers();
  const stored = await worker!.evaluate(async () => JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.sync.get(null), await chrome.storage.session.get(null)]));
  expect(stored).not.toContain('already said');
  expect(await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]))).not.toContain('already said');
}
