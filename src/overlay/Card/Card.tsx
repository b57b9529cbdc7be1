import { useEffect } from 'preact/hooks';
import type { Finding } from '../../analysis/types';
import type { EditorState } from '../../coach/coach-store';
import { FindingActions } from '../FindingActions/FindingActions';
import { categoryLabels, severityLabels } from '../labels';
import { phraseRect } from '../phrase-rect';
import { placeCard } from '../place-card';
import { usePlacement } from '../use-placement';
import { openShortcut } from '../open-shortcut';

export interface Props {
  state: EditorState;
  finding: Finding;
  onClose: () => void;
}

/**
 * The card for the phrase under the caret or the click: what kind of problem, why, and the fixes. It sits
 * under the phrase's lines (over them near the viewport's bottom) and leaves focus in the editor, from
 * where Alt+Down reaches its buttons.
 */
export function Card({ state, finding, onClose }: Props) {
  const ref = usePlacement<HTMLDivElement>((size, viewport, element) => placeCard(phraseRect(state, finding, element.getRootNode() as ParentNode), size, viewport));
  useEffect(() => {
    const controller = new AbortController();
    state.editor.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'ArrowDown' || !event.altKey) return;
        event.preventDefault();
        ref.current?.querySelector<HTMLButtonElement>('.actions button')?.focus();
      },
      { signal: controller.signal },
    );
    return () => controller.abort();
  }, [state.editor]);
  return (
    <div
      ref={ref}
      class={`card severity-${finding.severity}`}
      data-testid="tactful-card"
      data-rule-id={finding.ruleId}
      data-category={finding.category}
      data-severity={finding.severity}
      role="dialog"
      tabIndex={-1}
      aria-label={`${categoryLabels[finding.category]}: “${finding.text}”`}
      style={{ visibility: 'hidden' }}
    >
      <div class="finding-head">
        <span class={`severity-tag severity-${finding.severity}`}>{severityLabels[finding.severity]}</span>
        <span class="category">{categoryLabels[finding.category]}</span>
        <button type="button" class="close" aria-label="Close suggestion card" onClick={onClose}>
          ×
        </button>
      </div>
      <p class="why">{finding.message}</p>
      <FindingActions editorId={state.id} finding={finding} />
      <p class="keys" aria-hidden="true">
        <kbd>Alt</kbd>+<kbd>↓</kbd> or <kbd>{openShortcut.label}</kbd> fixes · <kbd>Esc</kbd> close
      </p>
    </div>
  );
}
