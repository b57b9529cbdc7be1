import type { CoachStartFailed } from '../messages';

export interface StartFailureTracker {
  /** Records an error that stopped the coach, or a reply box's session, from starting. */
  fail(error: unknown): void;
  /** The first failure, for the popup; null while none happened. */
  current(): CoachStartFailed | null;
}

/**
 * WXT's production logger drops what the coach throws, so a coach that died at start was silent. Here a failure is
 * written to the console directly, kept through `keep` (local storage) and answered to the popup.
 */
export function trackStartFailures(keep: (error: unknown, at: number) => Promise<void>, now: () => number = Date.now): StartFailureTracker {
  let first: CoachStartFailed | null = null;
  return {
    fail(error) {
      const at = now();
      first ??= { failed: true, at, message: error instanceof Error ? error.message : String(error) };
      console.error('Tactful could not start on this page', error);
      // Keeping the report must never raise a second error over the first.
      keep(error, at).catch((keepError: unknown) => console.error('Tactful could not keep the error report', keepError));
    },
    current: () => first,
  };
}
