import { browser } from 'wxt/browser';
import type { AdapterLabel, CoachAnswer, CoachStartFailed, CoachStatus, StatusPopupToCS } from '../messages';
import { probeTabAdapter } from './probe-tab-adapter';

export interface TabStatus {
  tabId: number | undefined;
  /** The page's host; null for pages the extension cannot run on (the browser's own, the store). */
  host: string | null;
  /** What the coach answered; null when it is not loaded in the tab (no reply box focused yet). */
  coach: CoachStatus | null;
  /** Set when the coach was loaded but could not start in the tab: the popup says so. */
  failure: CoachStartFailed | null;
  /** The adapter that recognises the page: the coach's when it is loaded, else the page probe's; null where neither answers. */
  adapter: AdapterLabel | null;
}

/**
 * The active tab's host, what its coach reports through `popup-cs-status`, and its page's adapter, which the page
 * probe finds while the coach is not loaded. `tabId` names another tab: the popup opened as a page
 * (popup.html?tab=ID, as the browser tests do) reports on that tab instead of itself.
 */
export async function readTabStatus(tabId?: number): Promise<TabStatus> {
  const [tab] = tabId === undefined ? await browser.tabs.query({ active: true, currentWindow: true }) : [await browser.tabs.get(tabId)];
  let host: string | null = null;
  try {
    const url = new URL(tab?.url ?? '');
    if (url.protocol === 'http:' || url.protocol === 'https:') host = url.hostname;
  } catch {
    host = null;
  }
  let answer: CoachAnswer | null = null;
  if (tab?.id !== undefined && host !== null) {
    try {
      answer = ((await browser.tabs.sendMessage(tab.id, { type: 'popup-cs-status' } satisfies StatusPopupToCS)) as CoachAnswer | undefined) ?? null;
    } catch {
      // No content script answers in this tab (it was open before the extension was installed, or it is not a web page).
      answer = null;
    }
  }
  const failure = answer && 'failed' in answer ? answer : null;
  const coach = answer && !('failed' in answer) ? answer : null;
  const adapter = coach?.adapter ?? (tab?.id !== undefined && host !== null ? await probeTabAdapter(tab.id) : null);
  return { tabId: tab?.id, host, coach, failure, adapter };
}
