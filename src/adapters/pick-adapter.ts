import type { HelpDeskAdapter } from './adapter';
import { chatwootAdapter } from './chatwoot';
import { freescoutAdapter } from './freescout';
import { freshdeskAdapter } from './freshdesk';
import { frontAdapter } from './front';
import { genericAdapter } from './generic';
import { gmailAdapter } from './gmail';
import { gorgiasAdapter } from './gorgias';
import { helpScoutAdapter } from './help-scout';
import { hubspotAdapter } from './hubspot';
import { intercomAdapter } from './intercom';
import { jiraServiceManagementAdapter } from './jira-service-management';
import { osticketAdapter } from './osticket';
import { outlookAdapter } from './outlook';
import { recognisePage } from './recognise-page';
import { salesforceServiceCloudAdapter } from './salesforce-service-cloud';
import { zammadAdapter } from './zammad';
import { zendeskAdapter } from './zendesk';

/** Every product adapter, one for each recogniser of recognise-page.ts. */
export const productAdapters: readonly HelpDeskAdapter[] = [
  chatwootAdapter,
  freescoutAdapter,
  freshdeskAdapter,
  frontAdapter,
  gmailAdapter,
  gorgiasAdapter,
  helpScoutAdapter,
  hubspotAdapter,
  intercomAdapter,
  jiraServiceManagementAdapter,
  osticketAdapter,
  outlookAdapter,
  salesforceServiceCloudAdapter,
  zammadAdapter,
  zendeskAdapter,
];

/** The adapter for a page: the one of the product that recognises it, else the generic one. Never throws. */
export function pickAdapter(location: Location | URL, document: Document): HelpDeskAdapter {
  const page = recognisePage(location, document);
  return productAdapters.find((adapter) => adapter.id === page.id) ?? genericAdapter;
}
