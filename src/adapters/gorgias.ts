import type { HelpDeskAdapter } from './adapter';
import { editorRoots } from './shared/editor-roots';
import { emailDraftExclusions } from './shared/email-draft-exclusions';
import { gorgiasPage } from './pages/gorgias';

/**
 * Gorgias. Draft.js is known from its public code (V, partial); that the reply box is Draft's content element is
 * inferred, and the ticket's messages are not public: the thread and the note mode are left to the generic adapter.
 */
export const gorgiasSelectors = {
  replyBox: '.public-DraftEditor-content[contenteditable="true"]',
} as const;

export const gorgiasAdapter: HelpDeskAdapter = {
  ...gorgiasPage,
  replyBoxes: (document) => editorRoots(document, gorgiasSelectors.replyBox),
  thread: () => null,
  replyMode: () => null,
  draftExclusions: emailDraftExclusions,
  send: { buttons: null, keys: [] },
};
