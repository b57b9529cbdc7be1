import { describe, expect, it } from 'vitest';
import { guardOff, nextGuard, watchFix, type DraftGuard } from './draft-guard';

const preFix = 'Hi Dana, as I already said, the refund takes 5 days.';
const fixed = 'Hi Dana, to recap, the refund takes 5 days.';

/** The guard after these drafts in turn, each an edit of the agent's own. */
function writtenOn(guard: DraftGuard, ...drafts: string[]): DraftGuard {
  return drafts.reduce((current, draft) => nextGuard(current, draft, false), guard);
}

describe('nextGuard', () => {
  it('waits while the draft is as the fix left it, undo or not', () => {
    const guard = watchFix(preFix, fixed);
    expect(nextGuard(guard, fixed, false)).toBe(guard);
    expect(nextGuard(guard, fixed, true)).toBe(guard);
  });

  it('stands down when the undo brings back the draft before the fix', () => {
    expect(nextGuard(watchFix(preFix, fixed), preFix, true)).toEqual(guardOff);
  });

  it('offers the draft before the fix when the undo after it emptied the box or took more than the fix', () => {
    expect(nextGuard(watchFix(preFix, fixed), '', true)).toEqual({ state: 'lost', restore: preFix, left: '' });
    expect(nextGuard(watchFix(preFix, fixed), 'Hi Dana, as I', true)).toEqual({ state: 'lost', restore: preFix, left: 'Hi Dana, as I' });
  });

  it('lets an undo of the agent’s own typing after the fix go back to any draft seen since', () => {
    const guard = writtenOn(watchFix(preFix, fixed), `${fixed} Thanks`, `${fixed} Thanks!`);
    expect(nextGuard(guard, `${fixed} Thanks`, true)).toBe(guard);
    expect(nextGuard(guard, fixed, true)).toBe(guard);
    // Deleting everything is the agent's own edit, not a loss.
    expect(nextGuard(guard, '', false).state).toBe('watching');
  });

  it('offers the draft as it was just before the undo when one undo took the typing after the fix and more', () => {
    const guard = writtenOn(watchFix(preFix, fixed), `${fixed} Thanks`, `${fixed} Thanks!`);
    expect(nextGuard(guard, '', true)).toEqual({ state: 'lost', restore: `${fixed} Thanks!`, left: '' });
  });

  it('remembers the fixed draft and the latest ones, not every draft of a long session', () => {
    const drafts = Array.from({ length: 100 }, (_, i) => `${fixed} ${'x'.repeat(i + 1)}`);
    const guard = writtenOn(watchFix(preFix, fixed), ...drafts);
    expect(guard.state === 'watching' && guard.seen.length).toBe(21);
    expect(nextGuard(guard, fixed, true)).toBe(guard);
    expect(nextGuard(guard, drafts[99]!, true)).toBe(guard);
  });

  it('keeps the offer while the draft is as the undo left it, and withdraws it on any change', () => {
    const lost = nextGuard(watchFix(preFix, fixed), '', true);
    expect(nextGuard(lost, '', true)).toBe(lost);
    expect(nextGuard(lost, fixed, false)).toEqual(guardOff);
    expect(nextGuard(lost, 'Hello', false)).toEqual(guardOff);
  });

  it('does nothing without a fix', () => {
    expect(nextGuard(guardOff, '', true)).toBe(guardOff);
  });
});
