import { createServer, type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CoachPage } from './support/coach-page';
import { launchBrowser } from './support/launch-browser';
import { screenshot } from './support/screenshot';
import { sharedInSuite } from './support/shared-in-suite';

/**
 * The hold at Send in the built extension: a ticket page whose Send button (at the reply box's corner, as chat
 * composers draw it) and Ctrl+Enter run the page's own script, and one whose form posts to this test's server.
 */

const customer = 'This is the third time I write. My order never arrived and nobody answers!';
const risky = 'As I already said, calm down. You did not read my email.';
const clean = 'Thank you for your patience. I have sent a replacement today and will email you the tracking number by Friday.';

/** `send`: the Send button inside the reply box's bottom-right corner, or just beside it, where the badge would sit. */
function ticketPage(theme: string, send: string): string {
  const dark = theme === 'dark';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ticket</title><style>
  body { font: 14px system-ui; margin: 40px; background: ${dark ? '#111827' : '#fff'}; color: ${dark ? '#e5e7eb' : '#111'}; }
  .composer { position: relative; width: 620px; }
  textarea { width: 620px; height: 160px; box-sizing: border-box; padding: 8px 8px 40px; background: inherit; color: inherit; }
  #send { position: absolute; ${send === 'beside' ? 'left: 626px; bottom: 0;' : 'right: 8px; bottom: 10px;'} }
</style></head><body>
<article class="message"><p>${customer}</p></article>
<div class="composer"><textarea id="reply" rows="6" aria-label="Reply"></textarea><button type="button" id="send">Send</button></div>
<script>
  window.sent = [];
  const reply = document.getElementById('reply');
  document.getElementById('send').addEventListener('click', () => window.sent.push('click:' + reply.value));
  reply.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); window.sent.push('keys:' + reply.value); }
  });
</script></body></html>`;
}

const formPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reply</title></head><body>
<article class="message"><p>${customer}</p></article>
<form method="post" action="/reply"><textarea name="reply" id="reply" rows="8" cols="70"></textarea><p><button type="submit" name="action" value="post">Post reply</button></p></form>
</body></html>`;

/** A rich reply box whose page copies its text into the hidden field it posts only after a pause, as debounced editors do. */
const debouncedFormPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reply</title></head><body>
<article class="message"><p>${customer}</p></article>
<form method="post" action="/reply"><div id="reply" contenteditable="true" role="textbox" aria-label="Reply" style="width:600px;min-height:140px;border:1px solid #999;padding:6px"></div>
<input type="hidden" name="reply" id="copy"><p><button type="submit" name="action" value="post">Post reply</button></p></form>
<script>
  const box = document.getElementById('reply');
  let pause;
  box.addEventListener('input', () => {
    clearTimeout(pause);
    pause = setTimeout(() => (document.getElementById('copy').value = box.innerText.trim()), 1500);
  });
</script></body></html>`;

interface TestServer {
  url: string;
  posts: string[];
  close(): Promise<void>;
}

async function serve(): Promise<TestServer> {
  const posts: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (request.method === 'POST' && path === '/reply') {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        posts.push(decodeURIComponent(body.replace(/\+/g, ' ')));
        response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Posted</title><p id="posted">Posted</p>');
      });
      return;
    }
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    const query = new URL(request.url ?? '/', 'http://x').searchParams;
    const body = path === '/form' ? formPage : path === '/debounced-form' ? debouncedFormPage : ticketPage(query.get('theme') ?? 'light', query.get('send') ?? 'inside');
    response.writeHead(200, { 'content-type': 'text/html' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const close = (): Promise<void> =>
    new Promise((resolve) => {
      server.close(() => resolve());
      // The browser may keep a connection alive after its last page closed, and close would wait for it.
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${port}`, posts, close };
}

/** Opens a page and types the draft into its reply box, waiting until the coach has analysed it. */
async function writeDraft(page: Page, url: string, draft: string): Promise<CoachPage> {
  await page.goto(url);
  await page.click('#reply');
  await page.keyboard.type(draft, { delay: 2 });
  const coach = new CoachPage(page);
  await expect.poll(() => coach.badge.getAttribute('data-count'), { timeout: 15_000 }).not.toBeNull();
  return coach;
}

const sendCheck = (page: Page) => page.locator('tactful-overlay [data-testid=tactful-send-check]');
const sent = (page: Page) => page.evaluate(() => (window as unknown as { sent: string[] }).sent);

describe('the hold at Send', () => {
  const browser = sharedInSuite(launchBrowser);
  const server = sharedInSuite(serve);

  it("holds a risky reply before the page's Send runs, and sends it exactly once after Send anyway", async () => {
    const { page, errors } = await browser().newPage();
    await writeDraft(page, `${server().url}/ticket`, risky);
    await page.click('#send');
    await expect.poll(() => sendCheck(page).getAttribute('data-hold')).toBe('errors');
    expect(await sent(page)).toEqual([]);
    expect(await sendCheck(page).locator('[data-testid=tactful-send-finding]').count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'send-check-light');
    await page.locator('tactful-overlay [data-testid=tactful-send-anyway]').click();
    await expect.poll(() => sent(page)).toEqual([`click:${risky}`]);
    await page.waitForTimeout(600);
    expect(await sent(page)).toEqual([`click:${risky}`]);
    expect(await sendCheck(page).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sends nothing after Esc, keeps the draft, and returns to it; Review puts the caret on the first finding', async () => {
    const { page, errors } = await browser().newPage();
    await writeDraft(page, `${server().url}/ticket`, risky);
    await page.click('#send');
    await expect.poll(() => sendCheck(page).count()).toBe(1);
    // The card has the focus: the keyboard reaches Review and Send anyway from it.
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('tactful-overlay');
    await page.keyboard.press('Escape');
    await expect.poll(() => sendCheck(page).count()).toBe(0);
    expect(await sent(page)).toEqual([]);
    expect(await page.inputValue('#reply')).toBe(risky);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reply');

    await page.keyboard.press('Control+Enter');
    await expect.poll(() => sendCheck(page).count()).toBe(1);
    await page.locator('tactful-overlay [data-testid=tactful-send-review]').click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLTextAreaElement).selectionStart)).toBe(0);
    await expect.poll(() => new CoachPage(page).card.count()).toBe(1);
    expect(await sent(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('replays Ctrl+Enter once, to the page’s own key handler', async () => {
    const { page, errors } = await browser().newPage();
    await writeDraft(page, `${server().url}/ticket?theme=dark`, risky);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => sendCheck(page).count()).toBe(1);
    expect(await sent(page)).toEqual([]);
    await screenshot(page, 'send-check-dark');
    // From the card: its close button, Review, then Send anyway.
    for (const _ of [1, 2, 3]) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('tactful-overlay')!.shadowRoot!.activeElement?.getAttribute('data-testid'))).toBe('tactful-send-anyway');
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page)).toEqual([`keys:${risky}`]);
    expect(await page.inputValue('#reply')).toBe(risky);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['inside', 'beside'])('sends a clean draft at once, through a Send button %s the corner that stays clickable with the badge shown', async (where) => {
    const { page, errors } = await browser().newPage();
    const coach = await writeDraft(page, `${server().url}/ticket?send=${where}`, clean);
    await expect(coach.badge.isVisible()).resolves.toBe(true);
    // The Send button is what the page has at its own centre, not Tactful's badge.
    const onTop = await page.evaluate(() => {
      const send = document.getElementById('send')!.getBoundingClientRect();
      const badge = document.querySelector('tactful-overlay')!.shadowRoot!.querySelector('[data-testid=tactful-badge]')!.getBoundingClientRect();
      const overlaps = badge.left < send.right && send.left < badge.right && badge.top < send.bottom && send.top < badge.bottom;
      return { hit: document.elementFromPoint(send.left + send.width / 2, send.top + send.height / 2)?.id, overlaps };
    });
    expect(onTop).toEqual({ hit: 'send', overlaps: false });
    await screenshot(page, `send-button-${where}-corner`);
    await page.click('#send');
    expect(await sent(page)).toEqual([`click:${clean}`]);
    expect(await sendCheck(page).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('holds a form post; Send anyway posts the draft once with the same submitter, Esc posts nothing', async () => {
    const { page, errors } = await browser().newPage();
    const posts = server().posts;
    posts.length = 0;
    await writeDraft(page, `${server().url}/form`, risky);
    await page.click('button[type=submit]');
    await expect.poll(() => sendCheck(page).count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(posts).toEqual([]);
    await page.click('button[type=submit]');
    await expect.poll(() => sendCheck(page).count()).toBe(1);
    expect(posts).toEqual([]);
    await page.locator('tactful-overlay [data-testid=tactful-send-anyway]').click();
    await page.waitForSelector('#posted');
    expect(posts).toEqual([`reply=${risky}&action=post`]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("waits for a debounced editor's hidden copy to hold the draft before Send anyway posts it", async () => {
    const { page, errors } = await browser().newPage();
    const posts = server().posts;
    posts.length = 0;
    await writeDraft(page, `${server().url}/debounced-form`, risky);
    await expect.poll(() => page.inputValue('#copy'), { timeout: 5000 }).toBe(risky);
    await page.keyboard.type(' Really.', { delay: 2 });
    const coach = new CoachPage(page);
    await expect.poll(() => coach.badge.getAttribute('data-count')).not.toBeNull();
    await page.waitForTimeout(300);
    await page.click('button[type=submit]');
    await expect.poll(() => sendCheck(page).count()).toBe(1);
    expect(await page.inputValue('#copy')).toBe(risky);
    await page.locator('tactful-overlay [data-testid=tactful-send-anyway]').click();
    await page.waitForSelector('#posted');
    expect(posts).toEqual([`reply=${risky} Really.&action=post`]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
