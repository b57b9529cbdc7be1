import type { HelpDeskAdapter } from './adapter';
import { emailDraftExclusions } from './shared/email-draft-exclusions';
import { hubspotPage } from './pages/hubspot';

/**
 * HubSpot help desk and inbox. Only the editor library is inferred (ProseMirror now, Draft.js before) and the test
 * attributes (`data-selenium-test`, `data-test-id`) are known to exist, not their values: this adapter recognises the
 * app by its address and leaves the reply box and the thread to the generic adapter.
 */
export const hubspotAdapter: HelpDeskAdapter = {
  ...hubspotPage,
  replyBoxes: () => [],
  thread: () => null,
  replyMode: () => null,
  draftExclusions: emailDraftExclusions,
  send: { buttons: null, keys: [] },
};
