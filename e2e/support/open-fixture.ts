import type { Page } from 'playwright-core';
import type { Fixture } from '../../test/support/load-fixture';

/** A `<meta name="tactful:NAME">` of a help-desk fixture page: its address, the expected mode or customer text. */
export function fixtureMeta(fixture: Fixture, name: string): string | null {
  return new RegExp(`<meta name="tactful:${name}" content="([^"]*)">`).exec(fixture.html)?.[1] ?? null;
}

/** Makes the tab answer the fixture's product address (its `tactful:url`) with the fixture; no request leaves the machine. */
export async function serveFixture(page: Page, fixture: Fixture): Promise<string> {
  const url = fixtureMeta(fixture, 'url')!;
  await page.route(`${new URL(url).origin}/**`, (route) =>
    new URL(route.request().url()).pathname === '/favicon.ico' ? route.fulfill({ status: 204 }) : route.fulfill({ contentType: 'text/html', body: fixture.html }),
  );
  return url;
}

/** Opens the fixture at its product's address, so the adapter recognises it as on the live site. */
export async function openFixture(page: Page, fixture: Fixture): Promise<string> {
  const url = await serveFixture(page, fixture);
  await page.goto(url);
  return url;
}
