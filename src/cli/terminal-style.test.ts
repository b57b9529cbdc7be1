import { describe, expect, it } from 'vitest';
import { createPaint, wantsColor } from './terminal-style';

describe('wantsColor', () => {
  it('colours a terminal unless NO_COLOR is set', () => {
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    // no-color.org: an empty NO_COLOR does not count.
    expect(wantsColor({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
  });

  it('never colours a pipe or a file', () => {
    expect(wantsColor({ isTTY: false }, {})).toBe(false);
    expect(wantsColor({}, {})).toBe(false);
  });
});

describe('createPaint', () => {
  it('styles only when colour is wanted', () => {
    expect(createPaint(true)('red', 'error')).toBe('\u001b[31merror\u001b[39m');
    expect(createPaint(false)('red', 'error')).toBe('error');
  });
});
