import { describe, expect, it } from 'vitest';
import { fixedDraft, riskyDraft } from '../support/editor-flow';
import { launchFirefox, openFirefoxEditorPage } from '../support/launch-firefox';
import { servePages } from '../support/serve-pages';
import { sharedInSuite } from '../support/shared-in-suite';

/** The editors whose whole flow works in Firefox 153: their fixture page and the name the tests show. */
const passing: Record<string, string> = {
  textarea: 'textarea',
  contenteditable: 'plain contenteditable',
  prosemirror: 'ProseMirror',
  tiptap: 'Tiptap',
  ckeditor5: 'CKEditor 5',
  summernote: 'Summernote',
  lexical: 'Lexical',
  slate: 'Slate',
};

/**
 * Editors where the flow is known to fail in Firefox 153, with the cause measured here. They are not run (each
 * would only wait out its time-outs) and not counted as passing; moving one to `passing` is the fix's test.
 * Firefox ignores `clipboardData` in a synthetic ClipboardEvent's init, and a DataTransfer the content script fills
 * reads as empty to the page's scripts, so editors that take a fix as a paste or a beforeinput with a DataTransfer
 * never get its text. (Lexical and Slate passed once the editor bridge sent their beforeinput from the page's world.)
 */
const knownFailures: Record<string, string> = {
  'Quill 2': 'the fix does not reach the model: the synthetic paste reaches the page with empty clipboardData',
  'Draft.js': 'the fix does not reach the model: the synthetic paste reaches the page with empty clipboardData',
  'CKEditor 4': 'the fix does not reach the model: its paste handler reads empty clipboardData (and it edits in an iframe)',
  TinyMCE: 'the fix does not reach the model: its paste handler reads empty clipboardData (and it edits in an iframe)',
  Froala: 'the fix lands, but Ctrl+Z or typing on afterwards fails',
  RoosterJS: 'the fix lands, but Ctrl+Z or typing on afterwards fails',
};

/** The text of every range in the coach's highlights (`tactful-*`) of the page, sorted. */
function underlined(page: import('puppeteer-core').Page): Promise<string[]> {
  return page.evaluate(() =>
    [...CSS.highlights.entries()]
      .filter(([name]) => name.startsWith('tactful-'))
      .flatMap(([, highlight]) => [...highlight].map((range) => range.toString()))
      .sort(),
  );
}

for (const [pageName, title] of Object.entries(passing)) {
  describe(`${title} in Firefox`, () => {
    const pages = sharedInSuite(servePages);
    const firefox = sharedInSuite(launchFirefox);

    it('coaches a risky draft and applies a fix through the editor, with undo', async () => {
      const { page, errors, coach } = await openFirefoxEditorPage(firefox(), pages().url, pageName);
      await coach.type(riskyDraft);
      await coach.waitForCount(2);
      expect(await coach.badgeAttribute('data-mood')).toBe('angry');
      expect(await coach.readModel()).toBe(riskyDraft);
      if (pageName !== 'textarea') await expect.poll(() => underlined(page)).toEqual(['Calm down', 'as I already said']);

      await coach.clickOverlayPart('[data-testid=tactful-badge]');
      await expect.poll(() => coach.findingCount()).toBe(2);
      await coach.clickOverlayPart('[data-testid=tactful-finding][data-rule-id="passive-aggressive-as-i-said"] [data-testid=tactful-suggestion]');
      await expect.poll(() => coach.readModel()).toBe(fixedDraft);
      await coach.waitForCount(1);

      await coach.pressWithControl('z');
      await expect.poll(() => coach.readModel()).toBe(riskyDraft);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

      await page.keyboard.press('End');
      await page.keyboard.type(' Thanks!');
      await expect.poll(() => coach.readModel()).toBe(`${riskyDraft} Thanks!`);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}

describe('known failures in Firefox 153 (not run)', () => {
  for (const [editor, reason] of Object.entries(knownFailures)) it.skip(`${editor}: ${reason}`, () => {});
});
