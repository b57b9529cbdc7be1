import type { BrowserContext, Request } from 'playwright-core';

export interface RecordedRequest {
  url: string;
  /** Who asked: "service worker <url>" or "page <page url> frame <frame url>" (extension pages are pages). */
  from: string;
}

/** Who made a request: its service worker, or its page and frame. */
function requester(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return `service worker ${worker.url()}`;
  const frame = request.frame();
  return `page ${frame.page().url()} frame ${frame.url()}`;
}

/**
 * Every request the browser context makes from now on, as Chromium's DevTools protocol reports them to Playwright:
 * each page and its frames (extension pages included) and each service worker (Playwright inspects their network
 * by default). Requests that fail, such as those to a host that does not resolve, are recorded too.
 */
export function recordRequests(context: BrowserContext): RecordedRequest[] {
  const recorded: RecordedRequest[] = [];
  context.on('request', (request) => recorded.push({ url: request.url(), from: requester(request) }));
  return recorded;
}
