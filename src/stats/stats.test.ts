import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addCounts, dailyTotals, emptyStats, ruleTotals, sendTotals, statsToCsv } from './stats';
import { createStatsRecorder, statsItem } from './stats-storage';

describe('local statistics', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts per day and rule, and drops days older than 90', () => {
    let stats = addCounts(emptyStats(), [{ day: '2025-01-01', event: 'shown', rule: 'blame/blame-you-failed', count: 2 }], '2025-01-01');
    stats = addCounts(stats, [{ day: '2025-01-02', event: 'applied', rule: 'blame/blame-you-failed', count: 1 }], '2025-01-02');
    expect(ruleTotals(stats)).toEqual([{ category: 'blame', ruleId: 'blame-you-failed', shown: 2, applied: 1, ignored: 0 }]);
    expect(dailyTotals(stats, '2025-01-03', 3)).toEqual([
      { day: '2025-01-01', shown: 2, applied: 0, ignored: 0 },
      { day: '2025-01-02', shown: 0, applied: 1, ignored: 0 },
      { day: '2025-01-03', shown: 0, applied: 0, ignored: 0 },
    ]);
    expect(Object.keys(addCounts(stats, [], '2025-04-01').days)).toEqual(['2025-01-02']);
  });

  it('exports CSV with ids and counts only', () => {
    const stats = addCounts(
      emptyStats(),
      [
        { day: '2025-01-01', event: 'shown', rule: 'negative/negative-unfortunately', count: 3 },
        { day: '2025-01-01', event: 'ignored', rule: 'negative/negative-unfortunately', count: 1 },
      ],
      '2025-01-01',
    );
    expect(statsToCsv(stats)).toBe('date,category,rule,shown,applied,ignored\n2025-01-01,negative,negative-unfortunately,3,0,1\n');
  });

  it('writes batched counts to local storage, and nothing but ids and counts', async () => {
    const recorder = createStatsRecorder(() => new Date('2025-03-04T10:00:00'));
    recorder.record('shown', { category: 'blame', ruleId: 'team-per-policy' });
    recorder.record('shown', { category: 'blame', ruleId: 'team-per-policy' });
    recorder.record('applied', { category: 'blame', ruleId: 'team-per-policy' });
    recorder.recordSend('held');
    recorder.recordSend('sentAnyway');
    recorder.recordSend('held');
    await recorder.flush();
    expect(await statsItem.getValue()).toEqual({
      days: { '2025-03-04': { shown: { 'blame/team-per-policy': 2 }, applied: { 'blame/team-per-policy': 1 }, ignored: {}, sends: { held: 2, sentAnyway: 1 } } },
    });
    expect(sendTotals(await statsItem.getValue())).toEqual({ held: 2, sentAfterFix: 0, sentAnyway: 1 });
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });
});
