import { describe, expect, it } from 'vitest';
import type { Finding } from '../analysis/types';
import { findingAt } from './finding-at';

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

describe('findingAt', () => {
  const findings = [finding(9, 26, 'warning'), finding(20, 30, 'error')];

  it('finds the phrase from its first character to its last', () => {
    expect(findingAt(findings, 9)?.start).toBe(9);
    expect(findingAt(findings, 15)?.start).toBe(9);
    expect(findingAt(findings, 8)).toBeNull();
  });

  it('does not count the caret just after a phrase, where typing goes on', () => {
    expect(findingAt(findings, 30)).toBeNull();
  });

  it('prefers the most severe of overlapping findings', () => {
    expect(findingAt(findings, 22)?.severity).toBe('error');
  });
});
