import { checklistLexicon } from '../../analysis/rule-packs';
import type { ChecklistId } from '../../analysis/types';
import { Section } from '../Section/Section';
import { issuesFor } from '../issues-for';
import { setPreference, type OptionsStore } from '../options-store';

export interface Props {
  store: OptionsStore;
}

/** The playbook's checklist items: each asked for when the customer's mood calls for it, unless turned off here. */
export function ChecklistToggles({ store }: Props) {
  const effective = store.effective.value?.settings.checklist ?? {};
  const toggle = (id: ChecklistId, on: boolean) => {
    const checklist = { ...store.preferences.value.checklist };
    if (on) delete checklist[id];
    else checklist[id] = false;
    void setPreference('checklist', Object.keys(checklist).length > 0 ? checklist : undefined);
  };
  return (
    <Section
      id="checklist"
      title="Reply checklist"
      description="What a reply should carry for the customer's mood. An item turned off is never asked for."
      lock={store.effective.value?.locks.checklist}
      issues={issuesFor(store, 'checklist')}
    >
      <ul class="toggles">
        {checklistLexicon.items.map((item) => (
          <li key={item.id}>
            <label>
              <input
                type="checkbox"
                checked={effective[item.id] !== false}
                data-testid="checklist-toggle"
                data-check-id={item.id}
                onChange={(event) => toggle(item.id, event.currentTarget.checked)}
              />
              <strong>{item.title}</strong> <span class="muted">{item.missingHint}</span>
            </label>
          </li>
        ))}
      </ul>
    </Section>
  );
}
