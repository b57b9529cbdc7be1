import type { PageRecogniser } from '../adapter';
import { hostIs } from '../shared/host-is';

export const gmailPage: PageRecogniser = {
  id: 'gmail',
  name: 'Gmail',
  matches: (location) => hostIs(location, ['mail.google.com']),
};
