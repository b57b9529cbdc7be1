import type { Locator, Page } from 'playwright-core';
import '../pages/fixture-api';

/** The coach as a test sees it: the overlay's shadow root, by the test ids of the contract in the README. */
export class CoachPage {
  constructor(readonly page: Page) {}

  /** Playwright's CSS locators pierce open shadow roots, so these reach inside `tactful-overlay`. */
  get badge(): Locator {
    return this.page.locator('tactful-overlay [data-testid=tactful-badge]');
  }

  get panel(): Locator {
    return this.page.locator('tactful-overlay [data-testid=tactful-panel]');
  }

  get card(): Locator {
    return this.page.locator('tactful-overlay [data-testid=tactful-card]');
  }

  findings(): Locator {
    return this.panel.locator('[data-testid=tactful-finding]');
  }

  async waitForCount(count: number): Promise<void> {
    await this.page.waitForFunction(
      (expected) => document.querySelector('tactful-overlay')?.shadowRoot?.querySelector(`[data-testid=tactful-badge][data-count="${expected}"]`) !== null,
      count,
      { timeout: 15_000 },
    );
  }

  async readModel(): Promise<string> {
    return this.page.evaluate(() => window.fixture!.readModel());
  }

  /** Clicks into the editor and types like an agent, key by key. */
  async type(text: string): Promise<void> {
    const selector = await this.page.evaluate(() => window.fixture!.inputSelector);
    await this.page.click(selector);
    await this.page.keyboard.type(text, { delay: 5 });
  }
}
