import { describe, expect, it } from 'vitest';
import type { Finding } from '../analysis/types';
import { mirrorSegments } from './mirror-segments';

const finding = (start: number, end: number, severity: Finding['severity'], ruleId = `rule-${start}`): Finding => ({
  start,
  end,
  text: 'x'.repeat(end - start),
  ruleId,
  category: 'dismissive',
  severity,
  message: 'why',
  suggestions: [],
});

describe('mirrorSegments', () => {
  it('covers the whole text in order, underlining the findings', () => {
    const text = 'Hi Dana, as I already said, calm down.';
    const segments = mirrorSegments(text, [finding(9, 26, 'warning'), finding(28, 37, 'error')]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments.filter((segment) => segment.finding).map((segment) => segment.text)).toEqual(['as I already said', 'calm down']);
  });

  it('splits overlapping findings so the most severe underlines the shared run', () => {
    const segments = mirrorSegments('abcdefghij', [finding(0, 6, 'suggestion'), finding(4, 8, 'error')]);
    expect(segments.map((segment) => [segment.text, segment.finding?.severity ?? null])).toEqual([
      ['abcd', 'suggestion'],
      ['ef', 'error'],
      ['gh', 'error'],
      ['ij', null],
    ]);
  });

  it('ignores findings beyond the text, which belong to an older draft', () => {
    expect(mirrorSegments('short', [finding(3, 40, 'error')])).toEqual([{ start: 0, end: 5, text: 'short', finding: null }]);
  });
});
