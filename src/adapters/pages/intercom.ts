import type { PageRecogniser } from '../adapter';
import { hostIs } from '../shared/host-is';

/** The conversation's reply composer, which also marks the inbox on a custom address. */
export const intercomComposerSelector = '[data-conversation-reply-composer]';

export const intercomPage: PageRecogniser = {
  id: 'intercom',
  name: 'Intercom',
  matches: (location, document) => hostIs(location, ['intercom.com']) || document.querySelector(intercomComposerSelector) !== null,
};
