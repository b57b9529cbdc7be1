import type { HelpDeskAdapter } from './adapter';
import { emailDraftExclusions } from './shared/email-draft-exclusions';
import { frontPage } from './pages/front';

/**
 * Front. Its markup is not public (no source, no third-party code found), so this adapter only recognises the
 * page by its address and lets the generic adapter find the reply box and the message; the panel then says the
 * reading is generic. Front is email-first, so email quoting in the draft is still recognised.
 */
export const frontAdapter: HelpDeskAdapter = {
  ...frontPage,
  replyBoxes: () => [],
  thread: () => null,
  replyMode: () => null,
  draftExclusions: emailDraftExclusions,
  // Markup not public: the button's name (Send) finds it; ⌘/Ctrl+Enter sends (I).
  send: { buttons: null, keys: ['mod+enter'] },
};
