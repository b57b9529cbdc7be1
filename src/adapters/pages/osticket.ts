import type { PageRecogniser } from '../adapter';

/** Thread entries or the reply and note boxes: osTicket is self-hosted, so its DOM tells it apart. */
const pageMarker = '.thread-entry, textarea#response, textarea#internal_note';

export const osticketPage: PageRecogniser = {
  id: 'osticket',
  name: 'osTicket',
  matches: (_location, document) => document.querySelector(pageMarker) !== null,
};
