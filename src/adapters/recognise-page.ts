import type { PageRecogniser } from './adapter';
import { chatwootPage } from './pages/chatwoot';
import { freescoutPage } from './pages/freescout';
import { freshdeskPage } from './pages/freshdesk';
import { frontPage } from './pages/front';
import { genericPage } from './pages/generic';
import { gmailPage } from './pages/gmail';
import { gorgiasPage } from './pages/gorgias';
import { helpScoutPage } from './pages/help-scout';
import { hubspotPage } from './pages/hubspot';
import { intercomPage } from './pages/intercom';
import { jiraServiceManagementPage } from './pages/jira-service-management';
import { osticketPage } from './pages/osticket';
import { outlookPage } from './pages/outlook';
import { salesforceServiceCloudPage } from './pages/salesforce-service-cloud';
import { zammadPage } from './pages/zammad';
import { zendeskPage } from './pages/zendesk';

/** Every product's recogniser, in the order they are tried: those recognised by address first, self-hosted products by DOM after. */
export const productPages: readonly PageRecogniser[] = [
  gmailPage,
  outlookPage,
  zendeskPage,
  freshdeskPage,
  helpScoutPage,
  intercomPage,
  frontPage,
  hubspotPage,
  gorgiasPage,
  jiraServiceManagementPage,
  salesforceServiceCloudPage,
  zammadPage,
  freescoutPage,
  osticketPage,
  chatwootPage,
];

/** The product whose page this is: the first recogniser that claims it, else the generic one. Never throws. */
export function recognisePage(location: Location | URL, document: Document): PageRecogniser {
  for (const page of productPages) {
    try {
      if (page.matches(location, document)) return page;
    } catch {
      // A recogniser that breaks on a changed page just does not recognise it.
    }
  }
  return genericPage;
}
