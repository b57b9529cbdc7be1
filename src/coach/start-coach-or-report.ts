import { answerStatusRequests } from './answer-status-requests';
import { startCoach } from './start-coach';
import { keepStartFailure } from './start-failures-storage';
import { trackStartFailures } from './track-start-failures';

/**
 * Starts the coach in this frame; when it cannot start (Firefox 140 refuses a content script the document's
 * `adoptedStyleSheets`, for one), the error is kept for a bug report and the popup is told Tactful could not start
 * here, instead of the coach dying in silence.
 */
export function startCoachOrReport(document: Document, signal: AbortSignal, start = startCoach, keep = keepStartFailure): void {
  const failures = trackStartFailures(keep);
  try {
    start(document, signal, failures);
  } catch (error) {
    failures.fail(error);
    answerStatusRequests(() => failures.current()!, signal);
  }
}
