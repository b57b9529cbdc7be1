// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { preferencesItem } from '../policy/policy-storage';
import { publishEffectivePolicy } from '../policy/publish-effective-policy';
import { getCoachHandle } from './coach-handle';
import { startCoach } from './start-coach';
import { trackStartFailures } from './track-start-failures';

const failures = trackStartFailures(async () => {});

let controller: AbortController;

beforeEach(() => {
  fakeBrowser.reset();
  controller = new AbortController();
  // What the background does: resolve the policy's layers for the coach to follow.
  publishEffectivePolicy(controller.signal);
});

afterEach(() => {
  controller.abort();
  document.body.innerHTML = '';
});

function replyBox(): HTMLTextAreaElement {
  document.body.innerHTML = '<article class="message"><p>This is the third time I write. Still no refund!</p></article><textarea></textarea>';
  const textarea = document.querySelector('textarea')!;
  textarea.value = 'Calm down, as I already said.';
  return textarea;
}

const coached = () => getCoachHandle()!.status().replyBoxes.map((box) => box.count);

// The first test pays for getting the engine ready (every pattern parsed and indexed): on a busy machine, seconds.
it('coaches the reply boxes the detector hands over, draws the overlay and reports its status', { timeout: 20_000 }, async () => {
  startCoach(document, controller.signal, failures);
  expect(document.querySelector('tactful-overlay')).not.toBeNull();
  getCoachHandle()!.attach(replyBox());
  await expect.poll(coached, { timeout: 10_000 }).toEqual([2]);
  expect(getCoachHandle()!.status()).toEqual({ adapter: { id: 'generic', name: 'Generic page' }, replyBoxes: [expect.objectContaining({ count: 2, mode: 'public' })] });
});

it('follows the team policy live: re-checks on a change, stops on a site turned off, resumes in the focused box', async () => {
  startCoach(document, controller.signal, failures);
  const editor = replyBox();
  getCoachHandle()!.attach(editor);
  await expect.poll(coached, { timeout: 10_000 }).toEqual([2]);
  await preferencesItem.setValue({ categories: { 'passive-aggressive': 'off' } });
  await expect.poll(coached).toEqual([1]);
  await preferencesItem.setValue({ sites: { deny: ['localhost'] } });
  await expect.poll(coached).toEqual([]);
  getCoachHandle()!.attach(editor);
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(coached()).toEqual([]);
  editor.focus();
  await preferencesItem.setValue({});
  await expect.poll(coached, { timeout: 10_000 }).toEqual([2]);
});

it('stops everything when its signal aborts', async () => {
  startCoach(document, controller.signal, failures);
  getCoachHandle()!.attach(replyBox());
  await expect.poll(coached, { timeout: 10_000 }).toEqual([2]);
  controller.abort();
  expect(coached()).toEqual([]);
  expect(document.querySelector('tactful-overlay')).toBeNull();
});
