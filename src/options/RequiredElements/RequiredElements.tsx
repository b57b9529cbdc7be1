import { useState } from 'preact/hooks';
import type { RequiredElement } from '../../analysis/analysis-policy';
import type { PolicyIssue } from '../../policy/policy-issue';
import { ListField } from '../ListField/ListField';
import { Section } from '../Section/Section';
import { issuesFor } from '../issues-for';
import { setPreference, type OptionsStore } from '../options-store';

export interface Props {
  store: OptionsStore;
}

const standard: ReadonlyArray<{ kind: 'greeting' | 'sign-off' | 'ticket-reference'; label: string }> = [
  { kind: 'greeting', label: 'A greeting with the customer’s name (“Hi Dana,”)' },
  { kind: 'sign-off', label: 'A sign-off (“Kind regards,”)' },
  { kind: 'ticket-reference', label: 'The ticket number (“ticket #48213”)' },
];

const idOf = (element: RequiredElement) => element.id ?? element.kind;

/** A phrase as a required element's id: lower-case words joined by hyphens. */
function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'phrase';
}

/** What every reply must carry, whatever the mood; shown in the checklist after the playbook items. */
export function RequiredElements({ store }: Props) {
  const [issues, setIssues] = useState<PolicyIssue[]>([]);
  const own = store.preferences.value.required ?? [];
  const effective = store.effective.value?.settings.required ?? [];
  const ownIds = new Set(own.map(idOf));
  const fromTeam = effective.filter((element) => !ownIds.has(idOf(element)));
  const save = async (required: RequiredElement[]) => setIssues(await setPreference('required', required.length > 0 ? required : undefined));
  const toggle = (kind: (typeof standard)[number]['kind'], on: boolean) =>
    void save(on ? [...own, { kind }] : own.filter((element) => idOf(element) !== kind));
  const phrases = own.filter((element): element is Extract<RequiredElement, { kind: 'phrase' }> => element.kind === 'phrase');

  return (
    <Section
      id="required"
      title="Required in every reply"
      description="Elements your team wants in every reply. They show in the reply checklist with the playbook items."
      lock={store.effective.value?.locks.required}
      issues={[...issuesFor(store, 'required'), ...issues]}
    >
      <ul class="toggles">
        {standard.map(({ kind, label }) => {
          const team = fromTeam.some((element) => idOf(element) === kind);
          return (
            <li key={kind}>
              <label>
                <input
                  type="checkbox"
                  checked={team || ownIds.has(kind)}
                  disabled={team}
                  title={team ? 'Required by the team policy' : undefined}
                  data-testid="required-toggle"
                  data-kind={kind}
                  onChange={(event) => toggle(kind, event.currentTarget.checked)}
                />
                {label}
              </label>
            </li>
          );
        })}
      </ul>
      {fromTeam.some((element) => element.kind === 'phrase' || element.kind === 'regex') && (
        <p class="team-values">
          From the team policy:{' '}
          {fromTeam
            .filter((element) => element.kind === 'phrase' || element.kind === 'regex')
            .map((element) => element.title ?? idOf(element))
            .join(', ')}
        </p>
      )}
      <ListField
        label="Your required phrases, one a line"
        values={phrases.map((element) => element.phrases[0] ?? '')}
        testId="required-phrases"
        onCommit={(lines) =>
          void save([
            ...own.filter((element) => element.kind !== 'phrase'),
            ...lines.map((line): RequiredElement => ({ kind: 'phrase', id: slug(line), title: `“${line}”`, phrases: [line] })),
          ])
        }
      />
    </Section>
  );
}
