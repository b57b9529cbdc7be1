import { storage } from 'wxt/utils/storage';
import { addCounts, dayKey, emptyStats, ruleKey, type RuleRef, type SendDelta, type SendEvent, type Stats, type StatsDelta, type StatsEvent } from './stats';

/** Local only: statistics never leave the browser, not even to sync storage. Versioned like every stored item. */
export const statsItem = storage.defineItem<Stats>('local:stats', { fallback: emptyStats(), version: 1 });

/** How long counts gather before one write: a burst of findings while typing costs one storage write. */
const flushDelay = 2000;

export interface StatsRecorder {
  record(event: StatsEvent, rule: RuleRef): void;
  /** Counts what became of a send. */
  recordSend(event: SendEvent): void;
  /** Writes what is pending now; also called when the page goes away. */
  flush(): Promise<void>;
}

export function createStatsRecorder(now: () => Date = () => new Date()): StatsRecorder {
  let pending: Array<StatsDelta | SendDelta> = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing = Promise.resolve();
  const flush = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    const deltas = pending;
    pending = [];
    if (deltas.length === 0) return writing;
    // One write after another, so two flushes never read the same old value and lose counts.
    writing = writing.then(async () => statsItem.setValue(addCounts(await statsItem.getValue(), deltas, dayKey(now()))));
    return writing;
  };
  const add = (delta: StatsDelta | SendDelta): void => {
    pending.push(delta);
    timer ??= setTimeout(() => void flush(), flushDelay);
  };
  return {
    record: (event, rule) => add({ day: dayKey(now()), event, rule: ruleKey(rule), count: 1 }),
    recordSend: (send) => add({ day: dayKey(now()), send, count: 1 }),
    flush,
  };
}
