import type { AdapterId, ReplyMode } from './adapters/adapter';
import type { Mood } from './analysis/types';

/** The messages between the extension's parts; each name says who sends it to whom (content script → background). */
export interface LoadCoachCStoBG {
  type: 'cs-bg-load-coach';
}

/** Injects the editor bridge into the sender's frame, in the page's main world where editor objects live. */
export interface LoadEditorBridgeCStoBG {
  type: 'cs-bg-load-editor-bridge';
}

export type MessageCStoBG = LoadCoachCStoBG | LoadEditorBridgeCStoBG;

/**
 * Asks a tab what Tactful does there; the popup sends it with `browser.tabs.sendMessage(tabId, message)`. Only
 * frames where the coach is loaded answer, at once, with a `CoachStatus`; frames without it stay silent, so the
 * first answer is a coached frame's. No answer (the promise resolves to undefined, or rejects where no content
 * script runs) means the coach is not loaded in the tab: it loads when the agent first focuses a reply box.
 * Until then the popup names the page's adapter through its page probe (see `AdapterLabel`), not the detector:
 * the detector runs on every page and stays at about 5 KB, and page recognition alone is about 3 KB more.
 */
export interface StatusPopupToCS {
  type: 'popup-cs-status';
}

export type MessagePopupToCS = StatusPopupToCS;

/**
 * The help-desk adapter that recognises a page, `generic` where none does. Also what the popup's page probe
 * (entrypoints/adapter-probe.ts) returns for each frame it is injected into with `browser.scripting.executeScript`.
 */
export interface AdapterLabel {
  id: AdapterId;
  name: string;
}

/** What the coach of one frame reports: the page's adapter and each reply box it coaches. */
export interface CoachStatus {
  adapter: AdapterLabel;
  /** The reply boxes coached in this frame, in the order the agent first focused them; empty once they went away. */
  replyBoxes: Array<{
    /** Findings shown, as on the badge. */
    count: number;
    /** The customer's mood, as on the badge; `unknown` when no customer message was found. */
    mood: Mood | 'unknown';
    mode: ReplyMode;
    /** Which adapter found the customer's message: the page's, or `generic` when it found none. */
    customerBy: AdapterId;
  }>;
}

/**
 * What a frame answers instead of a `CoachStatus` when its coach could not start (an error while it set up, or while
 * it took a reply box over): the popup tells the agent, and the error is kept in local storage for a bug report.
 */
export interface CoachStartFailed {
  failed: true;
  /** When, in milliseconds since the epoch. */
  at: number;
  /** The error's own message. */
  message: string;
}

/** Every answer to `StatusPopupToCS`. */
export type CoachAnswer = CoachStatus | CoachStartFailed;
