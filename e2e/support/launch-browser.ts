import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath, extensionDir } from './paths';

export interface ExtensionBrowser {
  context: BrowserContext;
  /** A new tab that records page errors and console errors, which every test checks are empty. */
  newPage(): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/**
 * Debian's Chromium with the built extension loaded (or, for a baseline, with no extension at all) and no
 * way out of the machine; headless unless asked.
 */
export async function launchBrowser(
  options: { headless?: boolean; extension?: boolean; viewport?: { width: number; height: number }; /** Another build than TACTFUL_OUT_DIR's. */ extensionDir?: string } = {},
): Promise<ExtensionBrowser> {
  const withExtension = options.extension ?? true;
  const dir = options.extensionDir ?? extensionDir;
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath,
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1100, height: 760 },
    args: [
      ...(withExtension ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : ['--disable-extensions']),
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
  if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  return {
    context,
    async newPage() {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      return { page, errors };
    },
    close: () => context.close(),
  };
}
