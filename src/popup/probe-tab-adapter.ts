import { browser } from 'wxt/browser';
import type { AdapterLabel } from '../messages';
import { chooseFrameAdapter } from './choose-frame-adapter';

/**
 * The adapter that recognises the tab's page, found by injecting the page probe (entrypoints/adapter-probe.ts, page
 * recognition only) into every frame, so the popup names it before the coach is loaded. Null where the extension
 * may not run scripts (the browser's own pages, the web store).
 */
export async function probeTabAdapter(tabId: number): Promise<AdapterLabel | null> {
  try {
    const frames = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/adapter-probe.js'] });
    return chooseFrameAdapter(frames as Array<{ frameId: number; result?: AdapterLabel | null }>);
  } catch {
    return null;
  }
}
