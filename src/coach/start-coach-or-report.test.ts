// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CoachAnswer } from '../messages';
import { getCoachHandle } from './coach-handle';
import { startCoachOrReport } from './start-coach-or-report';
import { startFailuresItem } from './start-failures-storage';
import type { StartFailureTracker } from './track-start-failures';

let controller: AbortController;
let consoleError: MockInstance<typeof console.error>;

beforeEach(() => {
  fakeBrowser.reset();
  controller = new AbortController();
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  // The fake browser has no manifest: the version the build would report.
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Tactful', version: '0.1.0' });
});

afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

/** Asks the frame what the popup asks, as Chrome delivers it: with the callback for the answer. */
async function askStatus(): Promise<CoachAnswer[]> {
  const answers: CoachAnswer[] = [];
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  await trigger({ type: 'popup-cs-status' }, {}, (answer: CoachAnswer) => answers.push(answer));
  return answers;
}

it("says so when the coach dies at start, as in Firefox 140, where a content script may not touch the document's adoptedStyleSheets", async () => {
  const xrayError = new Error('Accessing from Xray wrapper is not supported.');
  vi.stubGlobal('CSS', { highlights: new Map() });
  Object.defineProperty(document, 'adoptedStyleSheets', {
    configurable: true,
    get: () => {
      throw xrayError;
    },
  });
  try {
    startCoachOrReport(document, controller.signal);
  } finally {
    delete (document as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
  }
  expect(await askStatus()).toEqual([{ failed: true, at: expect.any(Number), message: xrayError.message }]);
  expect(consoleError).toHaveBeenCalledWith('Tactful could not start on this page', xrayError);
  await expect.poll(async () => (await startFailuresItem.getValue()).map((failure) => failure.message)).toEqual([xrayError.message]);
  const [kept] = await startFailuresItem.getValue();
  expect(kept).toMatchObject({ name: 'Error', version: '0.1.0', userAgent: navigator.userAgent });
  expect(kept!.stack).toContain('Accessing from Xray wrapper');
});

it('reports a reply box whose session fails to start, while the coach answers for the rest', async () => {
  let tracker: StartFailureTracker | undefined;
  const keep = vi.fn(async (_error: unknown, _at?: number) => {});
  startCoachOrReport(document, controller.signal, (_document, _signal, failures) => (tracker = failures), keep);
  expect(await askStatus()).toEqual([]);
  tracker!.fail(new TypeError('first'));
  tracker!.fail(new TypeError('second'));
  // The popup hears of the first; both are kept for the report.
  expect(tracker!.current()).toMatchObject({ failed: true, message: 'first' });
  expect(keep.mock.calls.map(([error]) => (error as Error).message)).toEqual(['first', 'second']);
});

it('starts the coach as before when nothing fails', async () => {
  startCoachOrReport(document, controller.signal);
  expect(getCoachHandle()).toBeDefined();
  expect(await askStatus()).toEqual([{ adapter: { id: 'generic', name: 'Generic page' }, replyBoxes: [] }]);
  expect(consoleError).not.toHaveBeenCalled();
});

it('never lets a failure to keep the report raise a second error', async () => {
  startCoachOrReport(document, controller.signal, () => {
    throw new Error('broken');
  }, () => Promise.reject(new Error('storage full')));
  await expect.poll(() => consoleError.mock.calls.map(([text]) => text)).toEqual(['Tactful could not start on this page', 'Tactful could not keep the error report']);
  expect(await askStatus()).toEqual([expect.objectContaining({ failed: true, message: 'broken' })]);
});
