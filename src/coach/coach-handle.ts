import type { CoachStatus } from '../messages';

/**
 * How the always-injected detector hands a focused reply box to the coach once the coach is loaded.
 * Both run in the extension's isolated world of the same frame, so they share this global, which the
 * page's own scripts cannot see.
 */
export interface CoachHandle {
  attach(editor: HTMLElement): void;
  /** What the coach does in this frame, for the popup (see `StatusPopupToCS`). */
  status(): CoachStatus;
}

interface IsolatedWorldGlobals {
  tactfulCoach?: CoachHandle;
}

export function getCoachHandle(): CoachHandle | undefined {
  return (globalThis as IsolatedWorldGlobals).tactfulCoach;
}

export function setCoachHandle(handle: CoachHandle): void {
  (globalThis as IsolatedWorldGlobals).tactfulCoach = handle;
}
