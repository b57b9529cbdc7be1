import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import type { Page } from 'playwright-core';
import type { Fixture } from '../../test/support/load-fixture';
import '../pages/fixture-api';
import { fixtureMeta } from './open-fixture';
import { pagesBuildDir } from './paths';

/** Where a fixture served at its product's own address loads the built pages from: a path no product uses. */
const builtPagesPath = '/__tactful-pages/';

/**
 * Opens a help-desk fixture at its product's address (its `tactful:url`) with the product's real editor mounted in
 * place of the static reply box by the built mount-product-editor page, and waits until every editor is mounted.
 * The built pages are served under the same origin; no request leaves the machine. `errors` are the page's, shown
 * instead of a time-out when a mount fails.
 */
export async function openWithProductEditor(page: Page, fixture: Fixture, errors: string[]): Promise<string> {
  const url = fixtureMeta(fixture, 'url')!;
  const html = withProductEditorTags(fixture.html);
  await page.route(`${new URL(url).origin}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/favicon.ico') return route.fulfill({ status: 204 });
    if (!pathname.startsWith(builtPagesPath)) return route.fulfill({ contentType: 'text/html', body: html });
    const file = builtPageFile(pathname.slice(builtPagesPath.length));
    return file ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
  });
  // Froala, unlicensed on a domain other than localhost, pings its maker's server: answered here, it stays on the machine.
  await page.route('https://*.froala.com/**', (route) => route.fulfill({ status: 204 }));
  await page.goto(url);
  await page.waitForFunction(() => window.fixture !== undefined, undefined, { timeout: 20_000 }).catch((error: Error) => {
    throw new Error(errors.join('\n') || error.message);
  });
  return url;
}

/** The fixture's HTML with the built mount-product-editor entry's script and style tags in its head, addressed under builtPagesPath. */
function withProductEditorTags(html: string): string {
  const entry = readFileSync(join(pagesBuildDir, 'mount-product-editor/index.html'), 'utf8');
  const entryUrl = new URL(`${builtPagesPath}mount-product-editor/index.html`, 'http://fixture');
  const tags = (entry.match(/<script\b[^>]*><\/script>|<link\b[^>]*>/g) ?? []).map((tag) =>
    tag.replace(/\b(src|href)="([^"]+)"/, (_, name: string, value: string) => `${name}="${new URL(value, entryUrl).pathname}"`),
  );
  if (tags.length === 0 || !html.includes('</head>')) throw new Error('no mount-product-editor tags, or no <head> to add them to');
  return html.replace('</head>', `${tags.join('\n')}\n</head>`);
}

/** The file of the pages build at `path` (relative to the build folder); null when there is none there. */
function builtPageFile(path: string): string | null {
  const file = join(pagesBuildDir, normalize(decodeURIComponent(path)));
  return file.startsWith(pagesBuildDir + sep) && existsSync(file) ? file : null;
}
