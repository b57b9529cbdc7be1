import type { Page } from 'playwright-core';

/** The element inside the overlay's shadow root that has focus, as "testid:text" (the tag name where it has no test id). */
export async function overlayFocus(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.querySelector('tactful-overlay')?.shadowRoot?.activeElement;
    return active ? `${active.getAttribute('data-testid') ?? active.tagName.toLowerCase()}:${active.textContent?.trim()}` : null;
  });
}

/** Whether the page's reply box has focus. */
export async function editorHasFocus(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement === document.querySelector(window.fixture!.inputSelector));
}
