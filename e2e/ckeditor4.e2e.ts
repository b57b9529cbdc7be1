import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEditor, riskyDraft } from './support/editor-flow';
import { launchBrowser, type ExtensionBrowser } from './support/launch-browser';
import { servePages } from './support/serve-pages';
import { openEditorPage } from './support/open-editor-page';
import type { Ckeditor4 } from './pages/ckeditor4/replace-with-ckeditor4';
import type { CoachStatus } from '../src/messages';

// Classic mode, as in Salesforce's email composer: the editable is the body of an iframe, where the coach runs.
describe('CKEditor 4', () => describeEditor('ckeditor4', { staleFix: true }));

/** An email template as Salesforce applies it, through the editor's API. */
const template = '<p>Hello Morgan,</p><p>As I already said, calm down.</p>';

describe('CKEditor 4 rewriting its document', () => {
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

  // setData writes the iframe's document anew (document.open), which erases every listener in it and drops the overlay.
  it('coaches the new draft after a template replaced the content, once per reply box', async () => {
    const { page, errors, coach } = await openEditorPage(browser, server.url, 'ckeditor4');
    const applyTemplate = () =>
      page.evaluate(
        (html) => new Promise<void>((resolve) => (window as unknown as { CKEDITOR: Ckeditor4 }).CKEDITOR.instances.reply!.setData(html, { callback: resolve })),
        template,
      );
    // waitForCount would also pass with no overlay at all: these are the badges of the connected overlay.
    const badgeCounts = () => coach.badge.evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-count')));
    // The reply boxes the coach reports to the popup: one per live session.
    const coachedReplyBoxes = () =>
      browser.context.serviceWorkers()[0]!.evaluate(async (url) => {
        const [tab] = await chrome.tabs.query({ url });
        const status: CoachStatus | undefined = await chrome.tabs.sendMessage(tab!.id!, { type: 'popup-cs-status' });
        return status?.replyBoxes.length;
      }, page.url());
    await coach.type(riskyDraft);
    await expect.poll(badgeCounts).toEqual(['2']);

    await applyTemplate();
    await coach.type(' Thanks!');
    await expect.poll(() => coach.readModel()).toBe('Hello Morgan,\nAs I already said, calm down. Thanks!');
    // One badge, the new one: the first session ended with its reply box.
    await expect.poll(badgeCounts).toEqual(['2']);
    expect(await coachedReplyBoxes()).toBe(1);
    const frame = await coach.frame();
    const underlined = () =>
      frame.evaluate(() =>
        [...CSS.highlights.entries()].filter(([name]) => name.startsWith('tactful-')).flatMap(([, highlight]) => [...highlight].map((range) => range.toString())).sort(),
      );
    await expect.poll(underlined).toEqual(['As I already said', 'calm down']);

    await coach.badge.click();
    const finding = coach.panel.locator('[data-testid=tactful-finding][data-rule-id="passive-aggressive-as-i-said"]');
    await finding.locator('[data-testid=tactful-suggestion]').first().click();
    await expect.poll(() => coach.readModel()).toBe('Hello Morgan,\nTo recap, calm down. Thanks!');
    await expect.poll(badgeCounts).toEqual(['1']);

    // Another template rewrites the document again: the second session ends too, and the new body is coached at once,
    // since CKEditor focuses it.
    await applyTemplate();
    await expect.poll(badgeCounts).toEqual(['2']);
    expect(await coachedReplyBoxes()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
