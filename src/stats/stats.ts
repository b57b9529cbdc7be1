import type { Category } from '../analysis/types';

/**
 * Local statistics: how many findings the coach showed, and how many the agent fixed or ignored, per day and
 * rule. Private by construction: the only things kept are dates, category and rule ids and counts; never a
 * word of a draft, a customer message or a page address.
 */
export type StatsEvent = 'shown' | 'applied' | 'ignored';
export const statsEvents: readonly StatsEvent[] = ['shown', 'applied', 'ignored'];

/** What became of a public reply at Send: held for a last look, sent clean after a hold, sent anyway. */
export type SendEvent = 'held' | 'sentAfterFix' | 'sentAnyway';
export const sendEvents: readonly SendEvent[] = ['held', 'sentAfterFix', 'sentAnyway'];

/** Counts keyed by `category/ruleId`, and the day's sends (absent on days counted before sends were). */
export type DayCounts = Record<StatsEvent, Record<string, number>> & { sends?: Partial<Record<SendEvent, number>> };

export interface Stats {
  /** Keyed by local date, `YYYY-MM-DD`. */
  days: Record<string, DayCounts>;
}

export interface RuleRef {
  category: Category;
  ruleId: string;
}

/** Days kept; older ones are dropped when new counts are written. */
export const keptDays = 90;

export function emptyStats(): Stats {
  return { days: {} };
}

export function dayKey(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function ruleKey({ category, ruleId }: RuleRef): string {
  return `${category}/${ruleId}`;
}

/** One pending change: so many events of a kind for a rule on a day. */
export interface StatsDelta {
  day: string;
  event: StatsEvent;
  rule: string;
  count: number;
}

/** One pending change of the day's sends. */
export interface SendDelta {
  day: string;
  send: SendEvent;
  count: number;
}

/** Adds counts to a copy of the statistics and drops the days beyond `keptDays` before `today`. */
export function addCounts(stats: Stats, deltas: readonly (StatsDelta | SendDelta)[], today: string): Stats {
  const days: Record<string, DayCounts> = structuredClone(stats.days);
  for (const delta of deltas) {
    const counts = (days[delta.day] ??= { shown: {}, applied: {}, ignored: {} });
    if ('send' in delta) {
      const sends = (counts.sends ??= {});
      sends[delta.send] = (sends[delta.send] ?? 0) + delta.count;
    } else {
      counts[delta.event][delta.rule] = (counts[delta.event][delta.rule] ?? 0) + delta.count;
    }
  }
  const oldest = new Date(`${today}T00:00:00`);
  oldest.setDate(oldest.getDate() - (keptDays - 1));
  const cutoff = dayKey(oldest);
  for (const day of Object.keys(days)) if (day < cutoff) delete days[day];
  return { days };
}

export interface DayTotals {
  day: string;
  shown: number;
  applied: number;
  ignored: number;
}

const sum = (counts: Record<string, number> | undefined) => Object.values(counts ?? {}).reduce((total, count) => total + count, 0);

/** The last `length` days up to `today`, oldest first, days without counts included as zeros: the chart's bars. */
export function dailyTotals(stats: Stats, today: string, length: number): DayTotals[] {
  const totals: DayTotals[] = [];
  const date = new Date(`${today}T00:00:00`);
  date.setDate(date.getDate() - (length - 1));
  for (let index = 0; index < length; index++) {
    const day = dayKey(date);
    const counts = stats.days[day];
    totals.push({ day, shown: sum(counts?.shown), applied: sum(counts?.applied), ignored: sum(counts?.ignored) });
    date.setDate(date.getDate() + 1);
  }
  return totals;
}

export interface RuleTotals extends RuleRef, Record<StatsEvent, number> {}

/** Totals per rule over every kept day, most shown first. */
export function ruleTotals(stats: Stats): RuleTotals[] {
  const byRule = new Map<string, RuleTotals>();
  for (const counts of Object.values(stats.days)) {
    for (const event of statsEvents) {
      for (const [rule, count] of Object.entries(counts[event])) {
        const [category, ruleId] = rule.split('/') as [Category, string];
        const totals = byRule.get(rule) ?? { category, ruleId, shown: 0, applied: 0, ignored: 0 };
        totals[event] += count;
        byRule.set(rule, totals);
      }
    }
  }
  return [...byRule.values()].sort((a, b) => b.shown - a.shown || a.ruleId.localeCompare(b.ruleId));
}

/** The sends over every kept day. */
export function sendTotals(stats: Stats): Record<SendEvent, number> {
  const totals: Record<SendEvent, number> = { held: 0, sentAfterFix: 0, sentAnyway: 0 };
  for (const counts of Object.values(stats.days)) for (const event of sendEvents) totals[event] += counts.sends?.[event] ?? 0;
  return totals;
}

/** One line a day and rule: `date,category,rule,shown,applied,ignored`. Ids are kebab-case, so nothing needs quoting. */
export function statsToCsv(stats: Stats): string {
  const lines = ['date,category,rule,shown,applied,ignored'];
  for (const day of Object.keys(stats.days).sort()) {
    const counts = stats.days[day]!;
    const rules = new Set(statsEvents.flatMap((event) => Object.keys(counts[event])));
    for (const rule of [...rules].sort()) {
      const [category, ruleId] = rule.split('/');
      lines.push([day, category, ruleId, ...statsEvents.map((event) => counts[event][rule] ?? 0)].join(','));
    }
  }
  return lines.join('\n') + '\n';
}
