import { describe, expect, it } from 'vitest';
import { isDarkColor, parseRgb } from './is-dark-color';

describe('parseRgb', () => {
  it('reads computed colours and treats full transparency as none', () => {
    expect(parseRgb('rgb(255, 255, 255)')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseRgb('rgba(15, 23, 42, 0.5)')).toEqual({ r: 15, g: 23, b: 42, a: 0.5 });
    expect(parseRgb('rgba(0, 0, 0, 0)')).toBeNull();
    expect(parseRgb('transparent')).toBeNull();
  });
});

describe('isDarkColor', () => {
  it('tells dark backgrounds from light ones', () => {
    expect(isDarkColor({ r: 255, g: 255, b: 255 })).toBe(false);
    expect(isDarkColor({ r: 244, g: 245, b: 247 })).toBe(false);
    expect(isDarkColor({ r: 15, g: 23, b: 42 })).toBe(true);
    expect(isDarkColor({ r: 30, g: 41, b: 59 })).toBe(true);
  });
});
