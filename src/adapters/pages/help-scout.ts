import type { PageRecogniser } from '../adapter';
import { hostIs } from '../shared/host-is';

/** The new UI's thread list or editor, or the old UI's threads. */
const pageMarker = 'ol[aria-label="Thread Items"], [data-cy="ConvoEditor"], article.thread[id^="thread-"]';

export const helpScoutPage: PageRecogniser = {
  id: 'help-scout',
  name: 'Help Scout',
  matches: (location, document) => hostIs(location, ['helpscout.net']) || document.querySelector(pageMarker) !== null,
};
