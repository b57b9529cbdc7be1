import type { PageRecogniser } from '../adapter';

/** Articles or the reply form of either UI: Zammad is self-hosted, so its DOM tells it apart. */
const pageMarker = '.ticket-article-item, .article-new .articleNewEdit-body, [data-test-id^="article-bubble-container-"]';

export const zammadPage: PageRecogniser = {
  id: 'zammad',
  name: 'Zammad',
  matches: (location, document) => location.hash.startsWith('#ticket/zoom/') || document.querySelector(pageMarker) !== null,
};
