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
import { salesforceServiceCloudAdapter } from './salesforce-service-cloud';
import { zammadAdapter } from './zammad';
import { zendeskAdapter } from './zendesk';

/** Every product adapter. Those recognised by address come first; self-hosted products are recognised by DOM. */
export const productAdapters: readonly HelpDeskAdapter[] = [
  gmailAdapter,
  outlookAdapter,
  zendeskAdapter,
  freshdeskAdapter,
  helpScoutAdapter,
  intercomAdapter,
  frontAdapter,
  hubspotAdapter,
  gorgiasAdapter,
  jiraServiceManagementAdapter,
  salesforceServiceCloudAdapter,
  zammadAdapter,
  freescoutAdapter,
  osticketAdapter,
  chatwootAdapter,
];

/** The adapter for a page: the first product adapter that recognises it, else the generic one. Never throws. */
export function pickAdapter(location: Location | URL, document: Document): HelpDeskAdapter {
  for (const adapter of productAdapters) {
    try {
      if (adapter.matches(location, document)) return adapter;
    } catch {
      // A recogniser that breaks on a changed page just does not recognise it.
    }
  }
  return genericAdapter;
}
