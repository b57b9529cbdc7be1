import type { PageRecogniser } from '../adapter';
import { hostIs } from '../shared/host-is';

/** The app's hosts (app.hubspot.com, app-eu1.hubspot.com), not the marketing site. */
export const hubspotPage: PageRecogniser = {
  id: 'hubspot',
  name: 'HubSpot',
  matches: (location) => hostIs(location, ['hubspot.com']) && location.hostname.startsWith('app'),
};
