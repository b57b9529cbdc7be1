import { browser } from 'wxt/browser';
import type { CoachAnswer, MessagePopupToCS } from '../messages';

/**
 * Answers the popup's question what Tactful does in the tab, until `signal` aborts. Only frames with the coach
 * loaded listen, so pages without a reply box never set up the messaging API; no answer tells the popup the coach
 * is not loaded. A coach that could not start answers so (`CoachStartFailed`).
 */
export function answerStatusRequests(status: () => CoachAnswer, signal: AbortSignal): void {
  const answer = (message: MessagePopupToCS, _sender: unknown, respond: (status: CoachAnswer) => void): undefined => {
    // Answered at once, so the channel is never held open.
    if (message?.type === 'popup-cs-status') respond(status());
    return undefined;
  };
  browser.runtime.onMessage.addListener(answer);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(answer));
}
