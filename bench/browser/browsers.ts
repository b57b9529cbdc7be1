import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../e2e/support/launch-browser';
import { badgeStamp, focusStamp, installPageProbe } from './page-probe';

export interface BenchBrowser {
  context: BrowserContext;
  /** A new tab; with `probe`, the page probe is installed before the page's own scripts. Errors are collected. */
  newPage(options?: { probe?: boolean }): Promise<Page>;
  /** Page errors and console errors seen in any tab so far. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in `__name(...)`; functions Playwright
 * serialises into the page need that helper there.
 */
const nameHelper = 'globalThis.__name ??= (target) => target;';

/**
 * The same browser as the e2e tests, with the extension built into TACTFUL_OUT_DIR (or the build in `extensionDir`),
 * or the same without any extension.
 */
export async function launchBenchBrowser(withExtension: boolean, extensionDir?: string): Promise<BenchBrowser> {
  const { context } = await launchBrowser({ extension: withExtension, ...(extensionDir ? { extensionDir } : {}) });
  const errors: string[] = [];
  return {
    context,
    errors,
    async newPage(options = {}) {
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      await page.addInitScript(nameHelper);
      if (options.probe) await page.addInitScript(installPageProbe, { focusStamp, badgeStamp });
      return page;
    },
    close: () => context.close(),
  };
}
