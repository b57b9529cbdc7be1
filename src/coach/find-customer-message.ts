import { genericAdapter } from '../adapters/generic';
import { readConversation } from '../adapters/read-conversation';

/**
 * The customer's latest message near a reply box, for pages without a help-desk adapter: the generic adapter's
 * reading (the nearest message-like block before the editor, email quoting left out). Its text is untrusted and is
 * only ever read.
 */
export function findCustomerMessage(editor: HTMLElement): string | null {
  return readConversation(genericAdapter, editor).customer.value?.text ?? null;
}
