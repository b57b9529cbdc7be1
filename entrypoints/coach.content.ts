import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCoachOrReport } from '../src/coach/start-coach-or-report';

/**
 * The coach: the analysis engine and the overlay. Not in the manifest: the background injects it into a
 * frame the first time the agent focuses a reply box there.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  // No message posted to the page's window on start: page scripts have no business hearing from Tactful.
  noScriptStartedPostMessage: true,
  registration: 'runtime',
  main(ctx) {
    startCoachOrReport(document, ctx.signal);
  },
});
