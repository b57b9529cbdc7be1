import type { AdapterId, HelpDeskAdapter } from './adapter';
import { genericAdapter } from './generic';

/** An adapter's answer, and whose it is: the panel shows it, so the agent knows when Tactful is guessing. */
export interface AdapterAnswer<T> {
  value: T;
  /** The page's adapter, or `generic` when that one found nothing or threw. */
  answeredBy: AdapterId;
  /** What the page's adapter threw, kept for diagnostics; never rethrown into the page. */
  error?: unknown;
}

/**
 * Asks the page's adapter, and the generic adapter when it throws or `found` says its answer is empty. Never throws:
 * when the generic adapter throws as well, the answer is `empty`.
 */
export function runAdapterSafely<T>(
  adapter: HelpDeskAdapter,
  ask: (adapter: HelpDeskAdapter) => T,
  found: (value: T) => boolean,
  empty: T,
): AdapterAnswer<T> {
  let error: unknown;
  if (adapter !== genericAdapter) {
    try {
      const value = ask(adapter);
      if (found(value)) return { value, answeredBy: adapter.id };
    } catch (thrown) {
      error = thrown;
    }
  }
  try {
    return { value: ask(genericAdapter), answeredBy: genericAdapter.id, ...(error === undefined ? {} : { error }) };
  } catch (thrown) {
    return { value: empty, answeredBy: genericAdapter.id, error: error ?? thrown };
  }
}
