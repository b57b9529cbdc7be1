/**
 * npm run demo: builds the extension and opens Debian's Chromium with it on a demo help-desk ticket.
 * With a display it stays open for you to type in; without one it types a sample reply headless and
 * writes screenshots of the coached page to demo-output/, at 1280x800: the size the Chrome Web Store and Edge Add-ons
 * ask for, and wider than the 700 px addons.mozilla.org needs (docs/store-listing.md).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../e2e/support/launch-browser';
import { servePages } from '../e2e/support/serve-pages';
import { projectRoot } from '../e2e/support/paths';

const demoDir = fileURLToPath(new URL('../demo', import.meta.url));
const outputDir = fileURLToPath(new URL('../demo-output', import.meta.url));
const sampleDraft =
  "Hi Dana,\n\nAs I already said, refunds take 5 business days. You didn't attach the return receipt, so unfortunately we can't issue the refund yet. " +
  'We apologize for any inconvenience.\n\nBest regards,\nSam';

execFileSync('npx', ['wxt', 'build'], { cwd: projectRoot, stdio: 'inherit' });
const server = await servePages(demoDir);
const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const storeScreenshotSize = { width: 1280, height: 800 };
const browser = await launchBrowser({ headless, viewport: storeScreenshotSize });
const { page, errors } = await browser.newPage();
await page.goto(`${server.url}/helpdesk.html`);

if (!headless) {
  console.log(`Chromium is open on ${server.url}/helpdesk.html: click into the reply box and type. Close the window to stop.`);
  await new Promise((resolve) => browser.context.on('close', resolve));
} else {
  mkdirSync(outputDir, { recursive: true });
  await page.click('#reply');
  await page.keyboard.type(sampleDraft, { delay: 2 });
  const badge = page.locator('tactful-overlay [data-testid=tactful-badge]');
  await page.waitForFunction(() => Number(document.querySelector('tactful-overlay')?.shadowRoot?.querySelector<HTMLElement>('[data-testid=tactful-badge]')?.dataset.count) > 0);
  const shots = [`${outputDir}/1-coached-draft.png`, `${outputDir}/2-panel.png`];
  await page.screenshot({ path: shots[0]! });
  await badge.click();
  await page.locator('tactful-overlay [data-testid=tactful-panel]').waitFor();
  await page.screenshot({ path: shots[1]! });
  console.log(`Coached: ${await badge.getAttribute('data-count')} findings, customer ${await badge.getAttribute('data-mood')}.`);
  console.log(`Screenshots (${storeScreenshotSize.width}x${storeScreenshotSize.height}):\n${shots.map((shot) => `  ${shot}`).join('\n')}`);
  if (errors.length > 0) console.log(`Page errors:\n${errors.join('\n')}`);
  await browser.close();
}
await server.close();
