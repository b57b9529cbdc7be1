import type { PageRecogniser } from '../adapter';
import { hostIs } from '../shared/host-is';

/** The comment list, which also marks a request on a custom address. */
export const jiraCommentsSelector = '[data-testid="issue.activity.comments-list"]';

/** Issue and service-desk pages of a cloud site, not its wiki. */
export const jiraServiceManagementPage: PageRecogniser = {
  id: 'jira-service-management',
  name: 'Jira Service Management',
  matches: (location, document) =>
    (hostIs(location, ['atlassian.net']) && /^\/(?:browse|jira|servicedesk)\//.test(location.pathname)) || document.querySelector(jiraCommentsSelector) !== null,
};
