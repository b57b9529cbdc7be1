import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { launchBrowser } from '../../e2e/support/launch-browser';
import { chromiumPath } from '../../e2e/support/paths';
import { installPageProbe } from './page-probe';

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

/** The same browser as the e2e tests, with the extension built into TACTFUL_OUT_DIR, or the same without any extension. */
export async function launchBenchBrowser(withExtension: boolean): Promise<BenchBrowser> {
  const context = withExtension
    ? (await launchBrowser()).context
    : await chromium.launchPersistentContext('', {
        executablePath: chromiumPath,
        headless: true,
        viewport: { width: 1100, height: 760 },
        args: [
          '--disable-extensions',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
        ],
      });
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
      if (options.probe) await page.addInitScript(installPageProbe);
      return page;
    },
    close: () => context.close(),
  };
}
