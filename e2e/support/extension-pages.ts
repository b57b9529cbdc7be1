import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { extensionDir } from './paths';

/** The id Chromium derives from the manifest `key`: SHA-256 of the DER public key, first 32 hex digits mapped 0-f to a-p. */
export function extensionIdFromKey(): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { key: string };
  const hex = createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** The id the running browser gave the extension, from its service worker's address. */
export function runningExtensionId(context: BrowserContext): string {
  const worker = context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension has no service worker');
  return new URL(worker.url()).host;
}

/** The options page, as a test sees it. */
export class OptionsPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.waitForSelector('[data-testid=options][data-ready=true]');
    return new OptionsPage(page);
  }

  async importPolicy(name: string, json: unknown): Promise<void> {
    const text = typeof json === 'string' ? json : JSON.stringify(json);
    await this.page.setInputFiles('[data-testid=import-policy]', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  issuePaths(scope = '[data-testid=import-refused]'): Promise<string[]> {
    return this.page.locator(`${scope} [data-testid=policy-issue]`).evaluateAll((items) => items.map((item) => item.getAttribute('data-path') ?? ''));
  }

  section(id: string) {
    return this.page.locator(`[data-testid=section-${id}]`);
  }

  /** The note naming the managed policy in force, or null when none is; read at once, without waiting for one. */
  async managedPolicyNote(): Promise<string | null> {
    return (await this.page.locator('[data-testid=managed-policy]').allTextContents())[0] ?? null;
  }

  /** The ids of the settings shown locked, sorted. */
  async lockedSections(): Promise<string[]> {
    const ids = await this.page
      .locator('[data-testid^=section-][data-locked=true]')
      .evaluateAll((sections) => sections.map((section) => section.getAttribute('data-testid')!.slice('section-'.length)));
    return ids.sort();
  }
}
