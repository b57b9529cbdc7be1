import type { CustomerMessage, ThreadEntry } from './adapter';
import { readMessageText } from './shared/read-message-text';

/**
 * The latest entry the customer wrote that has words, from a thread in chronological order. Notes, agents, bots and
 * system events never count. Where the product does not mark authors, the latest unmarked entry stands in.
 */
export function latestCustomerMessage(thread: readonly ThreadEntry[]): CustomerMessage | null {
  const byCustomer = thread.filter((entry) => !entry.internal && entry.author === 'customer');
  const candidates = byCustomer.length > 0 ? byCustomer : thread.filter((entry) => !entry.internal && entry.author === 'unknown');
  for (let index = candidates.length - 1; index >= 0; index--) {
    const entry = candidates[index]!;
    const text = readMessageText(entry.body);
    if (text !== '') return { text, element: entry.element, ...(entry.authorName ? { name: entry.authorName } : {}) };
  }
  return null;
}
