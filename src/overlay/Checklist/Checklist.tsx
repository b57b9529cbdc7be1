import type { ChecklistItem, ChecklistStatus } from '../../analysis/types';
import { checklistLexicon } from '../../analysis/rule-packs';

export interface Props {
  items: readonly ChecklistItem[];
}

const marks: Readonly<Record<ChecklistStatus, string>> = { met: '✓', missing: '!', 'not-needed': '–' };
const statusLabels: Readonly<Record<ChecklistStatus, string>> = { met: 'done', missing: 'missing', 'not-needed': 'not needed' };

/** What this reply should carry for this customer, each item with its state and a hint. */
export function Checklist({ items }: Props) {
  const missing = items.filter((item) => item.status === 'missing').length;
  return (
    <section class="checklist" aria-label="Reply checklist">
      <h3>
        Reply checklist{missing > 0 && <span class="muted"> · {missing} missing</span>}
      </h3>
      <ul>
        {items.map((item) => {
          const title = item.title ?? checklistLexicon.items.find((candidate) => candidate.id === item.id)?.title ?? item.id;
          return (
            <li key={item.id} class={`check status-${item.status}`} data-testid="tactful-check" data-check-id={item.id} data-status={item.status} data-evidence-rule-ids={item.evidence?.map((evidence) => evidence.ruleId).join(' ')}>
              <span class="check-mark" aria-hidden="true">
                {marks[item.status]}
              </span>
              <span class="check-body">
                <span class="check-title">
                  {title} <span class="visually-hidden">({statusLabels[item.status]})</span>
                </span>
                {item.status !== 'met' && <span class="hint">{item.hint}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
