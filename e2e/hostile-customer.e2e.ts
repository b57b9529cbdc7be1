import { describe, expect, it } from 'vitest';
import { launchBrowser } from './support/launch-browser';
import { mainThreadTasks } from './support/main-thread-trace';
import { openEditorPage } from './support/open-editor-page';
import { servePages } from './support/serve-pages';
import { sharedInSuite } from './support/shared-in-suite';

/**
 * A customer's message is text the help desk shows escaped; whatever it holds must stay text in Tactful too. Here it
 * holds markup with handlers, a script tag, bidi overrides and emoji, repeated to 100,000 characters.
 */
const hostileParagraph =
  `I WANT <U>MY MONEY</U> BACK. This is the THIRD time <img src=x onerror="window.__tactfulHostile='img'"> I'm writing!!! ` +
  `<SCRIPT>window.__tactfulHostile='script'</SCRIPT> NOBODY <B onmouseover="window.__tactfulHostile='b'">ANSWERS</B>!!! ` +
  `<iframe srcdoc="<script>parent.__tactfulHostile='iframe'</script>"></iframe> \u202Eredro ym\u202C \u2067nested\u2069 \u200F 😡😡👎🏽 ` +
  `<svg onload="window.__tactfulHostile='svg'"></svg> I'm cancelling my account <a href="javascript:window.__tactfulHostile='a'">today</a>.\n`;
const hostileMessage = hostileParagraph.repeat(Math.ceil(100_000 / hostileParagraph.length)).slice(0, 100_000);

/** Elements that only the customer's text could have put in the overlay, and attributes no overlay element has. */
const foreignMarkup = 'img, script, iframe, svg, a, b, object, embed, [onerror], [onload], [onmouseover], [srcdoc]';

describe('hostile customer text', () => {
  const pages = sharedInSuite(servePages);
  const browser = sharedInSuite(launchBrowser);

  it('is read as text: nothing of it runs or renders as markup in the overlay, and the page stays responsive while the coach reads it', async () => {
    const { page, errors, coach } = await openEditorPage(browser(), pages().url, 'textarea');
    // The coach is loaded first on a calm message, so that what is measured below is its reading, not its start.
    await page.evaluate(() => (document.querySelector('.message p')!.textContent = 'Thanks for the quick help yesterday, it works now.'));
    await coach.type('Hi Dana, glad to hear it.');
    await expect.poll(() => coach.badge.getAttribute('data-mood')).toBe('calm');

    /** Puts `text` on the page as the customer's message and returns the main-thread tasks from focus until the badge shows `mood`. */
    const readOnFocus = async (text: string, mood: string): Promise<number[]> => {
      await page.evaluate((message) => {
        (document.activeElement as HTMLElement).blur();
        document.querySelector('.message p')!.textContent = message;
      }, text);
      // The coach reads the customer's message again when the reply box gets focus.
      return mainThreadTasks(page, async () => {
        await page.click('#reply');
        await expect.poll(() => coach.badge.getAttribute('data-mood'), { timeout: 15_000 }).toBe(mood);
      });
    };
    const calm = 'Thanks for the quick help yesterday, it works now.';
    // The first angry message costs the most (code run for the first time): read once, then a baseline in the same
    // minute, one hostile paragraph of an ordinary length, then the 100,000 characters.
    const [first = 0] = await readOnFocus(hostileParagraph, 'angry');
    await readOnFocus(calm, 'calm');
    const [baseline = 0] = await readOnFocus(hostileParagraph, 'angry');
    await readOnFocus(calm, 'calm');
    const [longest = 0] = await readOnFocus(hostileMessage, 'angry');
    expect(await page.evaluate(() => document.querySelector('.message p')!.textContent!.length)).toBe(100_000);
    console.log(`longest main-thread task from focus to badge: ${longest.toFixed(1)} ms for 100,000 hostile characters, ${baseline.toFixed(1)} ms for ${hostileParagraph.length} (ratio ${(longest / baseline).toFixed(2)}; the first angry message read: ${first.toFixed(1)} ms)`);

    await coach.badge.click();
    await expect.poll(() => coach.panel.count()).toBe(1);
    const overlay = await page.evaluate((selector) => {
      const root = document.querySelector('tactful-overlay')!.shadowRoot!;
      const quotes = [...root.querySelectorAll<HTMLElement>('[data-testid=tactful-signal] q')];
      return {
        foreign: [...root.querySelectorAll(selector)].map((element) => element.outerHTML.slice(0, 80)),
        quotes: quotes.map((quote) => quote.textContent),
        isolated: quotes.map((quote) => getComputedStyle(quote).unicodeBidi),
        ran: (window as unknown as { __tactfulHostile?: string }).__tactfulHostile ?? null,
      };
    }, foreignMarkup);
    expect(overlay.foreign).toEqual([]);
    expect(overlay.ran).toBeNull();
    // The customer's words are shown, markup and all, as the text they are.
    expect(overlay.quotes.some((quote) => /[<>]/.test(quote ?? ''))).toBe(true);
    // A bidi override in a quote cannot reorder the panel's text around it.
    expect(new Set(overlay.isolated)).toEqual(new Set(['isolate']));
    // Under 100 ms: a response the agent does not notice as a freeze, with room for a busy machine (it was 2 s before the coach bounded what it reads).
    expect(longest).toBeLessThan(100);
    expect(errors).toEqual([]);
    await page.close();
  });
});
