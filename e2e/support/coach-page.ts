import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';
import '../pages/fixture-api';

/** The coach as a test sees it: the overlay's shadow root, by the test ids of the contract in the README. */
export class CoachPage {
  /** Where the coach runs: the page, or the editor's iframe when the fixture names one (the coach is injected per frame). */
  private readonly scope: Page | FrameLocator;

  constructor(
    readonly page: Page,
    private readonly frameSelector?: string,
  ) {
    this.scope = frameSelector ? page.frameLocator(frameSelector) : page;
  }

  /** Playwright's CSS locators pierce open shadow roots, so these reach inside `tactful-overlay`. */
  get badge(): Locator {
    return this.scope.locator('tactful-overlay [data-testid=tactful-badge]');
  }

  get panel(): Locator {
    return this.scope.locator('tactful-overlay [data-testid=tactful-panel]');
  }

  get card(): Locator {
    return this.scope.locator('tactful-overlay [data-testid=tactful-card]');
  }

  /** The held send's card. */
  get sendCheck(): Locator {
    return this.scope.locator('tactful-overlay [data-testid=tactful-send-check]');
  }

  /** The frame the coach runs in, for evaluating there. */
  async frame(): Promise<Frame> {
    if (!this.frameSelector) return this.page.mainFrame();
    const frame = await (await this.page.waitForSelector(this.frameSelector)).contentFrame();
    if (!frame) throw new Error(`${this.frameSelector} has no frame`);
    return frame;
  }

  findings(): Locator {
    return this.panel.locator('[data-testid=tactful-finding]');
  }

  async waitForCount(count: number): Promise<void> {
    const frame = await this.frame();
    await frame.waitForFunction(
      // `!= null`: with no overlay at all the chain is undefined, which must not count as the badge being there.
      (expected) => document.querySelector('tactful-overlay')?.shadowRoot?.querySelector(`[data-testid=tactful-badge][data-count="${expected}"]`) != null,
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
