import type { AdapterId, CustomerMessage, HelpDeskAdapter, ReplyMode } from './adapter';
import { latestCustomerMessage } from './latest-customer-message';
import { runAdapterSafely, type AdapterAnswer } from './run-adapter-safely';

/** What the coach needs from the page around one reply box, each part with the adapter that answered it. */
export interface Conversation {
  /** The page's adapter, shown in the panel. */
  adapter: { id: AdapterId; name: string };
  customer: AdapterAnswer<CustomerMessage | null>;
  mode: AdapterAnswer<ReplyMode>;
  /** Quoted history and signature elements inside the reply box, not to be analysed. */
  exclusions: AdapterAnswer<HTMLElement[]>;
}

/** Reads the conversation once, when a reply box gets focus; the page is only read, never changed. */
export function readConversation(adapter: HelpDeskAdapter, editor: HTMLElement): Conversation {
  const customer = runAdapterSafely<{ message: CustomerMessage | null } | null>(
    adapter,
    (candidate) => {
      const thread = candidate.thread(editor);
      return thread && thread.length > 0 ? { message: latestCustomerMessage(thread) } : null;
    },
    (value) => value !== null,
    null,
  );
  return {
    adapter: { id: adapter.id, name: adapter.name },
    customer: { ...customer, value: customer.value?.message ?? null },
    mode: readReplyMode(adapter, editor),
    exclusions: readDraftExclusions(adapter, editor),
  };
}

/** Whether the reply box writes to the customer or to colleagues; cheap enough to ask again on every edit. */
export function readReplyMode(adapter: HelpDeskAdapter, editor: HTMLElement): AdapterAnswer<ReplyMode> {
  const mode = runAdapterSafely<ReplyMode | null>(adapter, (candidate) => candidate.replyMode(editor), (value) => value !== null, null);
  // Unknown means public: the customer-tone rules stay on unless the page says the reply is a note.
  return { ...mode, value: mode.value ?? 'public' };
}

/** Quoted history and signature elements inside the reply box; the draft changes with every edit, so do they. */
export function readDraftExclusions(adapter: HelpDeskAdapter, editor: HTMLElement): AdapterAnswer<HTMLElement[]> {
  // A product adapter's empty list is an answer (nothing quoted), so only a throw falls back here.
  return runAdapterSafely(adapter, (candidate) => candidate.draftExclusions(editor), () => true, []);
}

/** The reply boxes of the page, from its adapter or, when that finds none, the generic one. */
export function findReplyBoxes(adapter: HelpDeskAdapter, document: Document): AdapterAnswer<HTMLElement[]> {
  return runAdapterSafely(adapter, (candidate) => candidate.replyBoxes(document), (boxes) => boxes.length > 0, []);
}
