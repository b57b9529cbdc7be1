import { describe, expect, it } from 'vitest';
import { fixtureNamed, listFixtures } from '../test/support/load-fixture';
import { analyzeCustomer } from '../src/analysis/index';
import { CoachPage } from './support/coach-page';
import { launchBrowser } from './support/launch-browser';
import { fixtureMeta as meta } from './support/open-fixture';
import { openWithProductEditor } from './support/open-with-product-editor';
import { screenshot } from './support/screenshot';
import { sharedInSuite } from './support/shared-in-suite';

/**
 * Every help-desk fixture page of src/adapters/fixtures, served at its product's own address (the `tactful:url`
 * meta) so the adapter recognises it as on the live site, with the product's real editor from npm (the
 * `tactful:editor` meta, see e2e/editor-mounts) in place of the static reply box: the agent types a risky draft,
 * the coach reads the customer's latest message through the adapter and relaxes its rules in an internal note,
 * and a fix reaches the editor's own model.
 */

/** Customer-tone wording (passive-aggressive, dismissive) and blame, which a note still suggests rewording. */
const draft = " As I already said, calm down. You didn't attach the file.";

describe('help-desk adapters in the browser', () => {
  const browser = sharedInSuite(launchBrowser);

  it.each(listFixtures().map((fixture) => [fixture.name, fixture] as const))('%s', async (_name, fixture) => {
    const { page, errors } = await browser().newPage();
    await openWithProductEditor(page, fixture, errors);
    const customerText = meta(fixture, 'customer-text');
    const expectedMood = customerText === null ? 'unknown' : analyzeCustomer(customerText).mood;
    const mode = meta(fixture, 'mode');
    // An editor that edits in an iframe (CKEditor 4) has the reply box, and the coach, in that frame.
    const frameSelector = await page.evaluate(() => window.fixture!.frameSelector);
    const box = (frameSelector ? page.frameLocator(frameSelector) : page).locator('[data-expect~="reply-box"]').first();

    await box.click();
    // Where the draft ends in quoted history or a signature, the agent writes above it: text typed there is excluded.
    if (/data-expect="[^"]*\bexclusion\b/.test(fixture.html)) {
      await page.keyboard.press('Control+Home');
      await page.keyboard.type(`${draft.trim()} `, { delay: 2 });
    } else {
      await page.keyboard.press('Control+End');
      await page.keyboard.type(draft, { delay: 2 });
    }
    const coach = new CoachPage(page, frameSelector);
    await expect.poll(() => coach.badge.getAttribute('data-mood'), { timeout: 15_000 }).toBe(expectedMood);

    await coach.badge.click();
    await expect(coach.panel.locator('[data-testid=tactful-adapter]').getAttribute('data-adapter-id')).resolves.toBe(fixture.adapterId);
    await expect(coach.panel.locator('[data-testid=tactful-mode]').getAttribute('data-mode')).resolves.toBe(mode);
    await expect.poll(() => coach.panel.locator('[data-testid=tactful-finding][data-category=blame]').count()).toBe(1);
    const findings = () =>
      coach.findings().evaluateAll((items) => items.map((item) => `${item.getAttribute('data-category')}:${item.getAttribute('data-severity')}`));
    const checks = () => coach.panel.locator('[data-testid=tactful-check]').evaluateAll((items) => items.map((item) => item.getAttribute('data-status')));
    if (mode === 'note') {
      await expect(coach.panel.locator('[data-testid=tactful-mode]').textContent()).resolves.toBe('Internal note: customer-tone coaching relaxed');
      expect((await findings()).filter((finding) => !/^(blame|defensive):suggestion$/.test(finding))).toEqual([]);
      expect(new Set(await checks())).toEqual(new Set(['not-needed']));
    } else {
      expect(await findings(), await box.evaluate((element) => element.innerHTML)).toEqual(expect.arrayContaining(['passive-aggressive:warning', 'dismissive:error', 'blame:warning']));
    }
    await screenshot(page, `adapter-${fixture.name.replace(/[/.]/g, '-')}`);

    // The fix reaches the editor's own model: the flagged words, and nothing else of the agent's text, change.
    const blame = coach.panel.locator('[data-testid=tactful-finding][data-category=blame]');
    const flagged = await blame.locator('[data-testid=tactful-flagged]').textContent();
    const suggestion = blame.locator('[data-testid=tactful-suggestion]').first();
    const replacement = (await suggestion.textContent())!;
    const before = await coach.readModel();
    expect(flagged).toBe("You didn't attach the file.");
    expect(before).toContain(flagged);
    await suggestion.click();
    await expect.poll(() => coach.readModel()).toBe(before.replace(flagged!, replacement));

    // The product's own Send: a public reply with wording left is held, and goes once after Send anyway; a note goes at once.
    const send = page.locator('[data-expect~="send"]').first();
    await send.evaluate((button) => {
      const counted = window as unknown as { sends: number };
      counted.sends = 0;
      button.addEventListener('click', () => counted.sends++);
      button.closest('form')?.addEventListener('submit', (event) => event.preventDefault());
    });
    const sends = () => page.evaluate(() => (window as unknown as { sends: number }).sends);
    // The panel beside the reply box may cover the page's Send: closed first, as the agent would.
    if ((await coach.panel.count()) > 0) {
      await coach.panel.locator('h2').focus();
      await page.keyboard.press('Escape');
      await expect.poll(() => coach.panel.count()).toBe(0);
    }
    // The product's send key is held in a public reply, before the editor or the page sees it; Esc sends nothing.
    if (mode !== 'note' && meta(fixture, 'send-keys')?.split(' ').includes('mod+enter')) {
      await box.click();
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => coach.sendCheck.count()).toBe(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => coach.sendCheck.count()).toBe(0);
      expect(await sends()).toBe(0);
      expect(await coach.readModel()).toBe(before.replace(flagged!, replacement));
    }
    // CKEditor 4's frame lies over the composer's Send button in this fixture page, so that button is clicked by event.
    if (frameSelector) await send.dispatchEvent('click');
    else await send.click();
    if (mode === 'note') {
      expect(await sends()).toBe(1);
      expect(await coach.sendCheck.count()).toBe(0);
    } else {
      await expect.poll(() => coach.sendCheck.getAttribute('data-hold')).toBe('errors');
      expect(await sends()).toBe(0);
      await coach.sendCheck.locator('[data-testid=tactful-send-anyway]').click();
      await expect.poll(sends).toBe(1);
      expect(await coach.readModel()).toBe(before.replace(flagged!, replacement));
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('relaxes the coaching when the agent switches to a note, and reads the ticket again when the reply box gets focus back', async () => {
    const fixture = fixtureNamed('zendesk/ticket-public-reply.html');
    const { page, errors } = await browser().newPage();
    await openWithProductEditor(page, fixture, errors);
    // The page's own switcher: a click turns the visible ticket's reply box into an internal note.
    await page.evaluate(() => {
      const switcher = document.querySelectorAll<HTMLElement>('[data-test-id="omnichannel-channel-switcher-button"]')[1]!;
      switcher.addEventListener('click', () => (switcher.textContent = 'Internal note'));
    });
    const box = page.locator('[data-expect~="reply-box"]');
    await box.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(draft);
    const coach = new CoachPage(page);
    await coach.waitForCount(3);
    await page.locator('[data-ticket-id="4471"] [data-test-id="omnichannel-channel-switcher-button"]').click();
    await coach.waitForCount(1);

    const calm = 'Thanks, the replacement arrived and works.';
    await page.evaluate((text) => {
      document.querySelector('[data-expect="customer-message"] .zd-comment')!.textContent = text;
    }, calm);
    await page.keyboard.type(' Noted.');
    // Typing does not read the conversation again; focusing the reply box does.
    await expect.poll(() => coach.badge.getAttribute('data-mood')).toBe(analyzeCustomer(meta(fixture, 'customer-text')!).mood);
    await page.locator('[data-ticket-id="4471"] [data-test-id="omnichannel-channel-switcher-button"]').focus();
    await box.click();
    await expect.poll(() => coach.badge.getAttribute('data-mood')).toBe(analyzeCustomer(calm).mood);
    expect(analyzeCustomer(calm).mood).not.toBe(analyzeCustomer(meta(fixture, 'customer-text')!).mood);
    expect(errors).toEqual([]);
    await page.close();
  });
});
