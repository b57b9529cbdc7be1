import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Saves a screenshot of the page for a person to look at, when TACTFUL_SHOTS names a folder (outside the
 * repository, e.g. /tmp/overlay-shots); otherwise does nothing, so ordinary runs write no files.
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const folder = process.env.TACTFUL_SHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: options.fullPage ?? false });
}
