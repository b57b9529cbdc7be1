import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CoachStatus } from '../messages';
import { answerStatusRequests } from './answer-status-requests';

const status: CoachStatus = { adapter: { id: 'generic', name: 'Generic page' }, replyBoxes: [] };

beforeEach(() => fakeBrowser.reset());

it("answers the popup's status question at once, and nothing else, until its signal aborts", async () => {
  const controller = new AbortController();
  answerStatusRequests(() => status, controller.signal);
  const answers: CoachStatus[] = [];
  const ask = (type: string) => fakeBrowser.runtime.onMessage.trigger({ type }, {}, (answer: CoachStatus) => answers.push(answer));
  expect(await ask('popup-cs-status')).toEqual([undefined]);
  await ask('cs-bg-load-coach');
  expect(answers).toEqual([status]);
  controller.abort();
  expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
});
