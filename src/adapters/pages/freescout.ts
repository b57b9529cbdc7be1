import type { PageRecogniser } from '../adapter';

/** The conversation's threads or reply block: FreeScout is self-hosted, so its DOM tells it apart. */
const pageMarker = '#conv-layout-main .thread, .conv-reply-block .conv-reply-body';

export const freescoutPage: PageRecogniser = {
  id: 'freescout',
  name: 'FreeScout',
  matches: (_location, document) => document.querySelector(pageMarker) !== null,
};
