import type { PageRecogniser } from '../adapter';
import { hostIs } from '../shared/host-is';

/** The ticket log or the composer: Agent Workspace on a custom address too. */
const pageMarker = '[data-test-id="omni-log-container"], [data-test-id="omnicomposer-rich-text-ckeditor"]';

export const zendeskPage: PageRecogniser = {
  id: 'zendesk',
  name: 'Zendesk',
  matches: (location, document) => (hostIs(location, ['zendesk.com']) && location.pathname.startsWith('/agent')) || document.querySelector(pageMarker) !== null,
};
