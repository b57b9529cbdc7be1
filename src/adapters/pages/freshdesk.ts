import type { PageRecogniser } from '../adapter';
import { hostIs } from '../shared/host-is';

/** The ticket description or the reply button: a ticket page on a custom address too. */
const pageMarker = '.ticket-description .text__content, button[data-test-id="ticket-action-reply"]';

export const freshdeskPage: PageRecogniser = {
  id: 'freshdesk',
  name: 'Freshdesk',
  matches: (location, document) =>
    (hostIs(location, ['freshdesk.com']) && /^\/a\/tickets\/\d+/.test(location.pathname)) || document.querySelector(pageMarker) !== null,
};
