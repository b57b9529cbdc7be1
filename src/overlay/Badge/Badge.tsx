import type { EditorState } from '../../coach/coach-store';
import { useOverlay } from '../overlay-context';
import { useLayoutTick } from '../use-layout-tick';

export interface Props {
  state: EditorState;
}

/** The count of findings and the customer's mood, at the reply box's corner; opens the panel. */
export function Badge({ state }: Props) {
  const { store } = useOverlay();
  useLayoutTick(state.editor);
  const box = state.editor.getBoundingClientRect();
  const count = state.findings.length;
  const mood = state.customer?.mood ?? 'unknown';
  const open = store.openPanel.value === state.id;
  return (
    <button
      type="button"
      class={`badge ${count > 0 ? 'has-findings' : ''}`}
      data-testid="tactful-badge"
      data-count={count}
      data-mood={mood}
      aria-expanded={open}
      aria-label={`Tactful: ${count} ${count === 1 ? 'suggestion' : 'suggestions'}, customer ${mood}`}
      style={{ left: `${box.right - 34}px`, top: `${box.bottom - 34}px` }}
      onClick={() => (store.openPanel.value = open ? null : state.id)}
    >
      {count}
    </button>
  );
}
