import { useState } from 'preact/hooks';
import type { PolicyIssue } from '../../policy/policy-issue';
import { ListField } from '../ListField/ListField';
import { Section } from '../Section/Section';
import { issuesFor } from '../issues-for';
import { setPreference, type OptionsStore } from '../options-store';

export interface Props {
  store: OptionsStore;
}

/** Words and phrases the team uses on purpose, never flagged. */
export function Vocabulary({ store }: Props) {
  const [issues, setIssues] = useState<PolicyIssue[]>([]);
  const team = [...(store.stored.value?.layers.imported?.vocabulary?.accept ?? []), ...(store.stored.value?.layers.managed?.vocabulary?.accept ?? [])];
  const own = store.preferences.value.vocabulary?.accept ?? [];
  return (
    <Section
      id="vocabulary"
      title="Vocabulary"
      description="Words your team uses on purpose (product names, acronyms, set phrases): Tactful never flags them."
      lock={store.effective.value?.locks.vocabulary}
      issues={[...issuesFor(store, 'vocabulary'), ...issues]}
    >
      {team.length > 0 && <p class="team-values">From the team policy: {team.join(', ')}</p>}
      <ListField
        label="Your accepted words, one a line"
        values={own}
        testId="vocabulary-accept"
        onCommit={async (accept) => setIssues(await setPreference('vocabulary', accept.length > 0 ? { accept } : undefined))}
      />
    </Section>
  );
}
