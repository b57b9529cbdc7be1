import type { PageRecogniser } from '../adapter';

/** Every page no product claims. */
export const genericPage: PageRecogniser = {
  id: 'generic',
  name: 'Generic page',
  matches: () => true,
};
