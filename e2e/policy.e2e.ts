import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, type ExtensionBrowser } from './support/launch-browser';
import { servePages } from './support/serve-pages';
import { CoachPage } from './support/coach-page';
import { riskyDraft } from './support/editor-flow';
import { extensionIdFromKey, OptionsPage, runningExtensionId } from './support/extension-pages';
import { screenshot } from './support/screenshot';
import { chromiumLinuxPolicy } from '../src/deploy/managed-policy-files';

/** The id docs/policy.md gives administrators. */
const documentedId = 'neilnfoikkicgheccfcmniilhbkhaddm';
const managedDir = '/etc/chromium/policies/managed';
const managedFile = `${managedDir}/tactful-test.json`;
/**
 * Chromium watches the policy folder, but reads a changed file only once it has been left alone for 5 s (so a
 * half-written file is never read): a change arrived 5.0 to 5.2 s after the write here. The tests wait for that
 * rather than press Reload policies on chrome://policy, because IT's changes reach agents' browsers this way.
 */
const managedFileReread = { timeout: 20_000 };

/** Writes the managed policy file as IT does, for the extension's fixed id: in the shape `tactful policy deploy --os linux` prints. */
function writeManagedPolicy(policy: unknown): void {
  mkdirSync(managedDir, { recursive: true });
  writeFileSync(managedFile, JSON.stringify(chromiumLinuxPolicy(documentedId, policy)));
}

/** Turns dismissive wording off and adds a team rule for "takes 5 days". */
const teamPolicy = {
  version: 1,
  name: 'Support EU',
  categories: { dismissive: 'off' },
  custom: [
    {
      id: 'team-vague-delay',
      phrases: ['takes 5 days'],
      category: 'overpromise',
      severity: 'error',
      message: 'Give the customer a date, not a duration.',
      suggestions: ['will reach you by Friday'],
    },
  ],
  required: [{ kind: 'sign-off' }],
};

const brokenPolicy = {
  version: 1,
  categories: { blame: 'loud' },
  custom: [{ id: 'vague', phrases: [], category: 'overpromise', severity: 'error', message: '', suggestions: [] }],
  sites: { deny: ['https://example.com/'] },
};

/** What IT pushes first: passive-aggressive wording off, and the sites locked. */
const acmePolicy = { version: 1, name: 'Acme IT', categories: { 'passive-aggressive': 'off' }, locked: ['sites'] };

/** IT's next version: the team policy's settings instead, which lock categories, team rules and required elements. */
const acmeRevision = { ...teamPolicy, name: 'Acme IT, revised' };

/**
 * A broken next version: a severity typo, a pasted copy of the team rule with no words, no message and the same
 * id, and an empty rule id to disable. The manifest's managed schema holds types only, so Chromium passes it on
 * (it drops a value that breaks the schema before the extension sees it). Applied, it would also turn
 * passive-aggressive wording off.
 */
const acmeBrokenRevision = {
  ...acmeRevision,
  name: 'Acme IT, broken',
  categories: { 'passive-aggressive': 'off', blame: 'Error' },
  custom: [...teamPolicy.custom, { ...teamPolicy.custom[0]!, phrases: ['!!!'], message: ' ' }],
  disabledRules: [''],
};

/** The rule ids of the findings the open panel lists, sorted. */
async function findingIds(coach: CoachPage): Promise<string[]> {
  const ids = await coach.findings().evaluateAll((items) => items.map((item) => item.getAttribute('data-rule-id') ?? ''));
  return ids.sort();
}

/** Marks the tab's document, so that `isMarked` can tell later that the tab was not reloaded. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
}

async function isMarked(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);
}

async function openTicket(browser: ExtensionBrowser, url: string): Promise<{ page: Page; coach: CoachPage; errors: string[] }> {
  const { page, errors } = await browser.newPage();
  await page.goto(`${url}/textarea/index.html`);
  await page.waitForFunction(() => window.fixture !== undefined);
  const coach = new CoachPage(page);
  await coach.type(riskyDraft);
  return { page, coach, errors };
}

describe('team policies', () => {
  let server: Awaited<ReturnType<typeof servePages>>;
  let browser: ExtensionBrowser | undefined;

  beforeAll(async () => {
    server = await servePages();
  });
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
    rmSync(managedFile, { force: true });
  });
  afterAll(async () => {
    rmSync(managedFile, { force: true });
    await server?.close();
  });

  it('applies an imported policy to an open tab without reloading it, and refuses a broken one with every reason', async () => {
    browser = await launchBrowser();
    const extensionId = runningExtensionId(browser.context);
    expect(extensionId).toBe(extensionIdFromKey());
    expect(extensionId).toBe(documentedId);

    const { page, coach, errors } = await openTicket(browser, server.url);
    await coach.waitForCount(2);
    await markDocument(page);
    await coach.badge.click();
    await expect.poll(() => findingIds(coach)).toEqual(['dismissive-calm-down', 'passive-aggressive-as-i-said']);

    const options = await OptionsPage.open(browser.context, extensionId);
    await options.importPolicy('support-eu.json', teamPolicy);
    await options.page.waitForSelector('[data-testid=imported-policy]');

    await page.bringToFront();
    await expect.poll(() => findingIds(coach), { timeout: 10_000 }).toEqual(['passive-aggressive-as-i-said', 'team-vague-delay']);
    const teamFinding = coach.panel.locator('[data-testid=tactful-finding][data-rule-id=team-vague-delay]');
    expect(await teamFinding.getAttribute('data-severity')).toBe('error');
    expect(await coach.panel.locator('[data-testid=tactful-check][data-check-id="required:sign-off"]').getAttribute('data-status')).toBe('missing');
    expect(await isMarked(page)).toBe(true);

    // The team rule's fix works like a built-in one.
    await teamFinding.locator('[data-testid=tactful-suggestion]').first().click();
    await expect.poll(() => coach.readModel()).toContain('will reach you by Friday');

    await options.page.bringToFront();
    await options.importPolicy('broken.json', brokenPolicy);
    await options.page.waitForSelector('[data-testid=import-refused]');
    expect(await options.issuePaths()).toEqual(['categories.blame', 'custom[0].id', 'custom[0].message', 'custom[0].phrases', 'sites.deny[0]']);
    // Each reason also stands next to its setting.
    expect(await options.issuePaths('[data-testid=section-categories]')).toEqual(['categories.blame']);
    expect(await options.issuePaths('[data-testid=section-sites]')).toEqual(['sites.deny[0]']);
    expect(await options.page.locator('[data-testid=imported-policy]').textContent()).toContain('Support EU');
    await screenshot(options.page, 'options-refused');

    // The previous policy stays in force in the open tab.
    await page.bringToFront();
    await page.keyboard.press('End');
    await page.keyboard.type(' It takes 5 days.');
    await expect.poll(() => findingIds(coach)).toEqual(['passive-aggressive-as-i-said', 'team-vague-delay']);

    const tabId = await browser.context.serviceWorkers()[0]!.evaluate(async () => (await chrome.tabs.query({ url: 'http://127.0.0.1/*' }))[0]?.id);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 320, height: 360 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid=popup][data-ready=true]');
    expect(await popup.locator('[data-testid=popup-site]').getAttribute('data-state')).toBe('on');
    await screenshot(popup, 'popup');
    await popup.locator('[data-testid=site-toggle]').uncheck();
    await page.bringToFront();
    await expect.poll(() => coach.badge.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('applies a policy from Chromium’s managed storage and shows it locked', async () => {
    writeManagedPolicy(acmePolicy);
    browser = await launchBrowser();
    const extensionId = runningExtensionId(browser.context);
    const worker = browser.context.serviceWorkers()[0]!;
    expect(await worker.evaluate(() => chrome.storage.managed.get('policy'))).toEqual({ policy: acmePolicy });

    const { coach, errors } = await openTicket(browser, server.url);
    await coach.waitForCount(1);
    await coach.badge.click();
    await expect.poll(() => findingIds(coach)).toEqual(['dismissive-calm-down']);

    const options = await OptionsPage.open(browser.context, extensionId);
    await options.page.waitForSelector('[data-testid=managed-policy]');
    expect(await options.section('categories').getAttribute('data-locked')).toBe('true');
    expect(await options.section('sites').getAttribute('data-locked')).toBe('true');
    expect(await options.section('custom').getAttribute('data-locked')).toBe('false');
    expect(await options.section('categories').locator('[data-testid=lock-note]').textContent()).toContain('managed policy');
    expect(await options.section('categories').locator('select').first().isDisabled()).toBe(true);
    await screenshot(options.page, 'options-managed', { fullPage: true });
    expect(errors).toEqual([]);
  });

  it('refuses a malformed managed policy with every reason and coaches with the defaults meanwhile', async () => {
    // Fits the manifest's managed schema, so Chromium passes it on, but the phrase has no words: the extension refuses it.
    const broken = { version: 1, custom: [{ id: 'team-noise', phrases: ['!!!'], category: 'blame', severity: 'error', message: 'x', suggestions: [] }], disabledRules: [''] };
    writeManagedPolicy(broken);
    browser = await launchBrowser();
    const options = await OptionsPage.open(browser.context, runningExtensionId(browser.context));
    await options.page.waitForSelector('[data-testid=managed-refused]');
    expect(await options.issuePaths('[data-testid=managed-refused]')).toEqual(['disabledRules[0]', 'custom[0].phrases[0]']);
    expect(await options.page.locator('[data-testid=managed-policy]').count()).toBe(0);
    expect(await options.section('categories').getAttribute('data-locked')).toBe('false');

    const { coach, errors } = await openTicket(browser, server.url);
    await coach.waitForCount(2);
    expect(errors).toEqual([]);
  });

  it('follows IT’s changes to the managed policy file in an open tab, and keeps the last good one when a change is broken', async () => {
    writeManagedPolicy(acmePolicy);
    browser = await launchBrowser();
    const { page, coach, errors } = await openTicket(browser, server.url);
    await coach.waitForCount(1);
    await markDocument(page);
    await coach.badge.click();
    await expect.poll(() => findingIds(coach)).toEqual(['dismissive-calm-down']);
    const options = await OptionsPage.open(browser.context, runningExtensionId(browser.context));
    await options.page.waitForSelector('[data-testid=managed-policy]');
    expect(await options.lockedSections()).toEqual(['categories', 'sites']);

    writeManagedPolicy(acmeRevision);
    await page.bringToFront();
    await expect.poll(() => findingIds(coach), managedFileReread).toEqual(['passive-aggressive-as-i-said', 'team-vague-delay']);
    expect(await coach.panel.locator('[data-testid=tactful-check][data-check-id="required:sign-off"]').getAttribute('data-status')).toBe('missing');
    expect(await isMarked(page)).toBe(true);
    await options.page.bringToFront();
    await expect.poll(() => options.managedPolicyNote()).toEqual(expect.stringContaining('Acme IT, revised'));
    expect(await options.lockedSections()).toEqual(['categories', 'custom', 'required']);
    await screenshot(options.page, 'options-managed-revised', { fullPage: true });

    writeManagedPolicy(acmeBrokenRevision);
    await options.page.waitForSelector('[data-testid=managed-refused]', managedFileReread);
    expect(await options.issuePaths('[data-testid=managed-refused]')).toEqual(['categories.blame', 'disabledRules[0]', 'custom[1].phrases[0]', 'custom[1].message', 'custom[1].id']);
    // The agent turns a checklist item off after the refusal. A page showing that has read the settings since the
    // refused update was handled, so what it shows next is that update's outcome, not a view from before it.
    await options.page.locator('[data-testid=checklist-toggle][data-check-id=follow-up]').uncheck();
    const followUpStatus = (scope: Locator) => scope.locator('[data-testid=tactful-check][data-check-id=follow-up]').getAttribute('data-status');
    await expect.poll(() => followUpStatus(options.section('test'))).toBe('not-needed');
    expect(await options.managedPolicyNote()).toEqual(expect.stringContaining('Acme IT, revised'));
    expect(await options.lockedSections()).toEqual(['categories', 'custom', 'required']);
    await screenshot(options.page, 'options-managed-refused', { fullPage: true });

    // Newly typed wording is still coached by the revision: its team rule on, dismissive wording off.
    await page.bringToFront();
    await expect.poll(() => followUpStatus(coach.panel)).toBe('not-needed');
    // The open panel has the focus: back to the end of the draft without a click, which would close the panel.
    await page.focus(await page.evaluate(() => window.fixture!.inputSelector));
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Calm down, it takes 5 days.');
    await expect.poll(() => findingIds(coach)).toEqual(['passive-aggressive-as-i-said', 'team-vague-delay', 'team-vague-delay']);
    expect(await isMarked(page)).toBe(true);
    expect(errors).toEqual([]);
  });
});
