import type { PageRecogniser } from '../adapter';
import { hostIs } from '../shared/host-is';

/** Lightning pages and the Visualforce frames the email composer is nested in. */
export const salesforceServiceCloudPage: PageRecogniser = {
  id: 'salesforce-service-cloud',
  name: 'Salesforce Service Cloud',
  matches: (location) => hostIs(location, ['force.com', 'salesforce.com', 'visualforce.com']),
};
