import type { PageRecogniser } from '../adapter';
import { hostIs } from '../shared/host-is';

export const gorgiasPage: PageRecogniser = {
  id: 'gorgias',
  name: 'Gorgias',
  matches: (location) => hostIs(location, ['gorgias.com']),
};
