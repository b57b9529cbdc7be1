import type { PageRecogniser } from '../adapter';
import { hostIs } from '../shared/host-is';

/** The reply box's top bar, which marks a self-hosted install. */
const pageMarker = '.reply-box .reply-box__top';

export const chatwootPage: PageRecogniser = {
  id: 'chatwoot',
  name: 'Chatwoot',
  matches: (location, document) => hostIs(location, ['app.chatwoot.com']) || document.querySelector(pageMarker) !== null,
};
