import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { addStartFailure, describeStartFailure, type StartFailure } from './start-failure';

/** Local only, like the statistics: kept for the agent to attach to a bug report, never sent anywhere. */
export const startFailuresItem = storage.defineItem<StartFailure[]>('local:startFailures', { fallback: [], version: 1 });

/** Keeps the error, newest first, with the extension's version and the browser's user agent. */
export async function keepStartFailure(error: unknown, at = Date.now()): Promise<void> {
  const failure = describeStartFailure(error, { at, version: browser.runtime.getManifest().version, userAgent: navigator.userAgent });
  await startFailuresItem.setValue(addStartFailure(await startFailuresItem.getValue(), failure));
}
