import { describe, expect, it } from 'vitest';
import { guardOff, nextGuard, watchFix } from './draft-guard';

const preFix = 'Hi Dana, as I already said, the refund takes 5 days.';
const fixed = 'Hi Dana, to recap, the refund takes 5 days.';

describe('nextGuard', () => {
  it('waits while the draft is as the fix left it, undo or not', () => {
    const guard = watchFix(preFix, fixed);
    expect(nextGuard(guard, fixed, false)).toBe(guard);
    expect(nextGuard(guard, fixed, true)).toBe(guard);
  });

  it('stands down when the undo brings back the draft before the fix', () => {
    expect(nextGuard(watchFix(preFix, fixed), preFix, true)).toEqual(guardOff);
  });

  it('offers the draft before the fix when the undo emptied the box or took typing with it', () => {
    expect(nextGuard(watchFix(preFix, fixed), '', true)).toEqual({ state: 'lost', preFix, left: '' });
    expect(nextGuard(watchFix(preFix, fixed), 'Hi Dana, as I', true)).toEqual({ state: 'lost', preFix, left: 'Hi Dana, as I' });
  });

  it('stands down when the agent writes on after the fix, so a restore never takes their new words', () => {
    expect(nextGuard(watchFix(preFix, fixed), `${fixed} Thanks!`, false)).toEqual(guardOff);
    expect(nextGuard(watchFix(preFix, fixed), '', false)).toEqual(guardOff);
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
