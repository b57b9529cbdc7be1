import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import '../pages/fixture-api';
import { firefoxExtensionDir, firefoxPath } from './firefox-paths';

export interface FirefoxBrowser {
  browser: Browser;
  /** A new tab that records page errors and console errors, which every test checks are empty. */
  newPage(): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/**
 * Debian's Firefox ESR, headless, driven over WebDriver BiDi, with the Firefox build installed as a temporary add-on.
 * Each launch gets its own HOME, so the profile, managed storage included, lives and dies with the run.
 */
export async function launchFirefox(): Promise<FirefoxBrowser> {
  if (!existsSync(firefoxPath)) throw new Error(`no Firefox at ${firefoxPath}: run scripts/install-firefox.sh (or set TACTFUL_SKIP_FIREFOX=1 to skip the Firefox tests)`);
  const home = mkdtempSync(join(tmpdir(), 'tactful-firefox-home-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxPath,
    headless: true,
    env: { ...process.env, HOME: home },
    defaultViewport: { width: 1100, height: 760 },
  });
  try {
    await browser.installExtension(firefoxExtensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    async newPage() {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      return { page, errors };
    },
    async close() {
      await browser.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/**
 * The coach as a Firefox test sees it, close to the Chromium CoachPage: puppeteer's selectors do not pierce the
 * overlay's shadow root there, so its parts are found in the page and clicked through element handles.
 */
export class FirefoxCoachPage {
  constructor(readonly page: Page) {}

  /** An element of the overlay's shadow root, or null when the overlay or the element is not there. */
  async overlayPart(selector: string): Promise<ElementHandle<Element> | null> {
    const handle = await this.page.evaluateHandle((css) => document.querySelector('tactful-overlay')?.shadowRoot?.querySelector(css) ?? null, selector);
    const element = handle.asElement() as ElementHandle<Element> | null;
    if (!element) await handle.dispose();
    return element;
  }

  async clickOverlayPart(selector: string): Promise<void> {
    const element = await this.overlayPart(selector);
    if (!element) throw new Error(`the overlay has no ${selector}`);
    await element.click();
    await element.dispose();
  }

  async badgeAttribute(name: string): Promise<string | null> {
    return this.page.evaluate((attribute) => document.querySelector('tactful-overlay')?.shadowRoot?.querySelector('[data-testid=tactful-badge]')?.getAttribute(attribute) ?? null, name);
  }

  async findingCount(): Promise<number> {
    return this.page.evaluate(() => document.querySelector('tactful-overlay')?.shadowRoot?.querySelectorAll('[data-testid=tactful-panel] [data-testid=tactful-finding]').length ?? 0);
  }

  async waitForCount(count: number): Promise<void> {
    await this.page.waitForFunction(
      (expected) => document.querySelector('tactful-overlay')?.shadowRoot?.querySelector(`[data-testid=tactful-badge][data-count="${expected}"]`) != null,
      { timeout: 15_000, polling: 100 },
      count,
    );
  }

  async readModel(): Promise<string> {
    return this.page.evaluate(() => window.fixture!.readModel());
  }

  /** Clicks into the editor the fixture names and types like an agent, key by key. */
  async type(text: string): Promise<void> {
    const input = (await this.page.evaluateHandle(() => document.querySelector(window.fixture!.inputSelector))).asElement() as ElementHandle<Element> | null;
    if (!input) throw new Error('the fixture names no input element');
    await input.click();
    await input.dispose();
    await this.page.keyboard.type(text, { delay: 5 });
  }

  /** A key with Control held, such as Ctrl+Z. */
  async pressWithControl(key: 'z' | 'a'): Promise<void> {
    await this.page.keyboard.down('Control');
    await this.page.keyboard.press(key);
    await this.page.keyboard.up('Control');
  }
}

/** Opens an editor's fixture page from the pages server in Firefox and waits until its editor is ready. */
export async function openFirefoxEditorPage(browser: FirefoxBrowser, serverUrl: string, pageName: string): Promise<{ page: Page; errors: string[]; coach: FirefoxCoachPage }> {
  const { page, errors } = await browser.newPage();
  await page.goto(`${serverUrl}/${pageName}/index.html`);
  await page.waitForFunction(() => window.fixture !== undefined, { timeout: 20_000 });
  if (await page.evaluate(() => window.fixture!.frameSelector)) throw new Error(`${pageName} edits in an iframe, which the Firefox tests do not drive yet`);
  return { page, errors, coach: new FirefoxCoachPage(page) };
}
