import type { PageRecogniser } from '../adapter';
import { hostIs } from '../shared/host-is';

export const outlookPage: PageRecogniser = {
  id: 'outlook',
  name: 'Outlook',
  matches: (location) => hostIs(location, ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']),
};
