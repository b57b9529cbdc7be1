import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import type { MessageCStoBG } from '../src/messages';
import { publishEffectivePolicy } from '../src/policy/publish-effective-policy';
import { followManagedPolicy } from '../src/policy/sync-managed-policy';

/**
 * Loads the coach into a frame only when the agent focuses a reply box there, so pages without one
 * pay for the small detector alone, and the editor bridge into the page's main world only when a fix
 * needs an editor's own API. Nothing here sends text anywhere: analysis runs in the page's frame.
 */
export default defineBackground(() => {
  // The organisation's policy from managed storage, validated and copied to local storage for every part to watch.
  followManagedPolicy();
  // Every layer validated and resolved here, once, for the coach in every tab to follow.
  publishEffectivePolicy(new AbortController().signal);
  browser.runtime.onMessage.addListener((message: MessageCStoBG, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    const target = { tabId, frameIds: [sender.frameId ?? 0] };
    if (message.type === 'cs-bg-load-coach') {
      return browser.scripting.executeScript({ target, files: ['/content-scripts/coach.js'] }).then(() => true);
    }
    if (message.type === 'cs-bg-load-editor-bridge') {
      return browser.scripting.executeScript({ target, files: ['/content-scripts/editor-bridge.js'], world: 'MAIN' }).then(() => true);
    }
    return undefined;
  });
});
