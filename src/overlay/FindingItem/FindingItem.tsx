import type { Finding } from '../../analysis/types';
import { FindingActions } from '../FindingActions/FindingActions';
import { categoryLabels, severityLabels } from '../labels';

export interface Props {
  editorId: number;
  finding: Finding;
  onDismiss?: () => void;
}

/** One finding in the panel: how serious, what kind, the flagged words, why, and the fixes. */
export function FindingItem({ editorId, finding, onDismiss }: Props) {
  return (
    <li
      class={`finding severity-${finding.severity}`}
      data-testid="tactful-finding"
      data-rule-id={finding.ruleId}
      data-category={finding.category}
      data-severity={finding.severity}
    >
      <div class="finding-head">
        <span class={`severity-tag severity-${finding.severity}`}>{severityLabels[finding.severity]}</span>
        <span class="category">{categoryLabels[finding.category]}</span>
      </div>
      <q class="flagged" data-testid="tactful-flagged">{finding.text}</q>
      <p class="why">{finding.message}</p>
      <FindingActions editorId={editorId} finding={finding} onDismiss={onDismiss} />
    </li>
  );
}
