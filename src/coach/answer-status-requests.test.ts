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
  // As Chrome delivers a message: with the callback for the answer, which the fake's types leave out.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  const ask = (type: string) => trigger({ type }, {}, (answer: CoachStatus) => answers.push(answer));
  expect(await ask('popup-cs-status')).toEqual([undefined]);
  await ask('cs-bg-load-coach');
  expect(answers).toEqual([status]);
  controller.abort();
  await ask('popup-cs-status');
  expect(answers).toEqual([status]);
});
