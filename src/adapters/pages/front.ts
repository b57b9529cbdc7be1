import type { PageRecogniser } from '../adapter';
import { hostIs } from '../shared/host-is';

export const frontPage: PageRecogniser = {
  id: 'front',
  name: 'Front',
  matches: (location) => hostIs(location, ['frontapp.com']),
};
