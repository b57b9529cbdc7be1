import { pickAdapter } from '../adapters/pick-adapter';
import type { CoachStatus } from '../messages';
import type { CoachStore } from './coach-store';

/** What the coach does in a frame, for the popup: the page's adapter, and each reply box as its badge shows it. */
export function coachStatus(store: CoachStore, document: Document): CoachStatus {
  const adapter = pickAdapter(document.location, document);
  return {
    adapter: { id: adapter.id, name: adapter.name },
    replyBoxes: store.editors.value.map((state) => ({
      count: state.findings.length,
      mood: state.customer?.mood ?? 'unknown',
      mode: state.mode,
      customerBy: state.customerBy,
    })),
  };
}
