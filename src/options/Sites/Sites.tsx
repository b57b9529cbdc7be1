import { useState } from 'preact/hooks';
import type { PolicyIssue } from '../../policy/policy-issue';
import type { Sites as SiteLists } from '../../policy/policy-schema';
import { ListField } from '../ListField/ListField';
import { Section } from '../Section/Section';
import { issuesFor } from '../issues-for';
import { setPreference, type OptionsStore } from '../options-store';

export interface Props {
  store: OptionsStore;
}

/** Where Tactful coaches: host patterns to allow and to deny. */
export function Sites({ store }: Props) {
  const [issues, setIssues] = useState<PolicyIssue[]>([]);
  const team = store.effective.value?.sites.team ?? {};
  const own = store.preferences.value.sites ?? {};
  const commit = async (key: keyof SiteLists, values: string[]) => {
    const sites: SiteLists = { ...own, [key]: values };
    if (values.length === 0) delete sites[key];
    setIssues(await setPreference('sites', Object.keys(sites).length > 0 ? sites : undefined));
  };
  return (
    <Section
      id="sites"
      title="Sites"
      description='Host patterns: "example.com" (and its subdomains), "*.example.com" (subdomains only) or "*". With an allow list, Tactful coaches only there; the deny list always wins.'
      lock={store.effective.value?.locks.sites}
      issues={[...issuesFor(store, 'sites'), ...issues]}
    >
      {(team.allow?.length ?? 0) + (team.deny?.length ?? 0) > 0 && (
        <p class="team-values" data-testid="team-sites">
          From the team policy: {team.allow?.length ? `only ${team.allow.join(', ')}` : ''}
          {team.allow?.length && team.deny?.length ? '; ' : ''}
          {team.deny?.length ? `never ${team.deny.join(', ')}` : ''}
        </p>
      )}
      <div class="columns">
        <ListField label="Coach only on" values={own.allow ?? []} testId="sites-allow" placeholder="*.zendesk.com" onCommit={(values) => void commit('allow', values)} />
        <ListField label="Never coach on" values={own.deny ?? []} testId="sites-deny" placeholder="mail.example.com" onCommit={(values) => void commit('deny', values)} />
      </div>
    </Section>
  );
}
