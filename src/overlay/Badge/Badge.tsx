import type { EditorState } from '../../coach/coach-store';
import { moodLabels } from '../labels';
import { placeBadge } from '../place-badge';
import type { Size } from '../rect';
import { severities } from '../../analysis/rules/severities';

export interface Props {
  state: EditorState;
  open: boolean;
  panelId: string;
  onToggle: () => void;
}

/** The badge is drawn this size at most; placing it needs no measuring pass. */
export const badgeSize: Size = { width: 48, height: 26 };

/** The count of findings and the customer's mood, at the reply box's corner; a button that opens the panel. */
export function Badge({ state, open, panelId, onToggle }: Props) {
  const view = state.editor.ownerDocument.defaultView ?? window;
  const position = placeBadge(state.editor.getBoundingClientRect(), badgeSize, { width: view.innerWidth, height: view.innerHeight });
  const count = state.findings.length;
  const mood = state.customer?.mood ?? 'unknown';
  const worst = severities.find((severity) => state.findings.some((finding) => finding.severity === severity));
  return (
    <button
      type="button"
      class={`badge ${worst ? `worst-${worst}` : 'clean'}`}
      data-testid="tactful-badge"
      data-count={count}
      data-mood={mood}
      aria-haspopup="dialog"
      aria-expanded={open}
      aria-controls={open ? panelId : undefined}
      aria-label={`Tactful: ${count} ${count === 1 ? 'suggestion' : 'suggestions'}; customer mood ${moodLabels[mood].toLowerCase()}`}
      title={`Tactful: ${count} ${count === 1 ? 'suggestion' : 'suggestions'} · customer ${moodLabels[mood].toLowerCase()}`}
      style={{ left: `${position.left}px`, top: `${position.top}px` }}
      onClick={onToggle}
    >
      <span class="badge-count">{count}</span>
      <span class={`mood-dot mood-${mood}`} aria-hidden="true" />
    </button>
  );
}
