import { describe, expect, it } from 'vitest';
import type { PreparedStep } from '../analysis/index';
import { continueInSlices, takeSteps } from './take-steps';

function* steps(count: number, firstPartAfter = -1): Generator<PreparedStep, void, undefined> {
  for (let i = 0; i < count; i++) {
    if (i === firstPartAfter) yield 'first-part-ready';
    yield 'step';
  }
}

describe('takeSteps', () => {
  it('takes every step when the budget allows', () => {
    expect(takeSteps(steps(50), 1_000)).toBe('done');
  });

  it('stops once the budget is spent, and the rest is still there', () => {
    let clock = 0;
    const iterator = steps(50);
    expect(takeSteps(iterator, 10, () => (clock += 1))).toBe('more');
    let left = 0;
    for (const _ of { [Symbol.iterator]: () => iterator }) left++;
    expect(left).toBe(40);
  });

  it('stops at the first part, to show it', () => {
    expect(takeSteps(steps(50, 5), 1_000)).toBe('first-part-ready');
  });
});

describe('continueInSlices', () => {
  it('goes on in tasks of their own until done, showing the first part on the way', async () => {
    const seen: string[] = [];
    await new Promise<void>((resolve) => {
      continueInSlices(steps(5_000, 10), 1, new AbortController().signal, {
        onFirstPart: () => seen.push('first part'),
        onDone: () => {
          seen.push('done');
          resolve();
        },
      });
      seen.push('returned');
    });
    expect(seen).toEqual(['returned', 'first part', 'done']);
  });

  it('stops for good when aborted', async () => {
    const controller = new AbortController();
    let done = false;
    let taken = 0;
    function* counted(): Generator<PreparedStep, void, undefined> {
      for (let i = 0; i < 1e7; i++) {
        taken++;
        yield 'step';
      }
    }
    continueInSlices(counted(), 1, controller.signal, { onFirstPart: () => undefined, onDone: () => (done = true) });
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    const stoppedAt = taken;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(taken).toBe(stoppedAt);
    expect(done).toBe(false);
  });
});
