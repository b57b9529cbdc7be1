import type { PageOrder, ThreadEntry } from '../adapter';

/**
 * The thread oldest first. When the page gives every entry a time the times decide, which also covers products
 * where each agent picks the order (osTicket); otherwise the product's known order does.
 */
export function inChronologicalOrder(entries: ThreadEntry[], pageOrder: PageOrder): ThreadEntry[] {
  if (entries.length > 1 && entries.every((entry) => entry.time !== undefined)) {
    return [...entries].sort((a, b) => a.time! - b.time!);
  }
  return pageOrder === 'newest-first' ? [...entries].reverse() : entries;
}

/** The time of the first `<time datetime>` inside an element, when it parses. */
export function timeIn(element: Element): number | undefined {
  const value = element.querySelector('time[datetime]')?.getAttribute('datetime');
  const time = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? undefined : time;
}
