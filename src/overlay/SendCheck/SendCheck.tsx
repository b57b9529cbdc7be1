import { useEffect } from 'preact/hooks';
import { checklistLexicon } from '../../analysis/rule-packs';
import type { EditorState } from '../../coach/coach-store';
import type { LeftToCheck } from '../../send-check/what-is-left';
import { useOverlay } from '../overlay-context';
import { categoryLabels, severityLabels } from '../labels';
import { placeCard } from '../place-card';
import { usePlacement } from '../use-placement';
import { clamp, type Rect, type Size } from '../rect';

export interface Props {
  state: EditorState;
  left: LeftToCheck;
  /** The control the send came from; the card is drawn beside it, else beside the reply box. */
  anchor: Element | null;
}

/**
 * The control's box; the reply box's when the send came from a key or the control is in another frame (an iframe
 * editor's Send is outside its frame); the reply box's top edge when it leaves no room above or below for the card.
 */
function besideWhat(editor: HTMLElement, anchor: Element | null, card: Size, viewport: Size): Rect {
  if (anchor?.isConnected && anchor.ownerDocument === editor.ownerDocument) return anchor.getBoundingClientRect();
  const box = editor.getBoundingClientRect();
  const room = viewport.height - box.bottom >= card.height || box.top >= card.height;
  if (room) return box;
  const top = clamp(box.top, 0, viewport.height);
  return { left: box.left, right: box.right, top, bottom: top };
}

const holdTitles: Record<LeftToCheck['hold'], string> = {
  errors: 'An error is left in this reply',
  warnings: 'Wording is left to reconsider',
  checklist: 'This reply misses what an upset customer needs',
};

/**
 * The held send's card: what is left, Review (back to the first finding), Send anyway (once, as the agent sent it)
 * and Esc to cancel. It takes focus when it opens, so the agent's next key is theirs to choose, never a second send.
 */
export function SendCheck({ state, left, anchor }: Props) {
  const { actions } = useOverlay();
  const ref = usePlacement<HTMLDivElement>((size, viewport) => placeCard(besideWhat(state.editor, anchor, size, viewport), size, viewport));
  useEffect(() => ref.current?.focus({ preventScroll: true }), []);
  const titleId = `tactful-send-check-title-${state.id}`;
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    actions.cancelSend(state.id);
  };
  return (
    <div
      ref={ref}
      class={`card send-check hold-${left.hold}`}
      data-testid="tactful-send-check"
      data-hold={left.hold}
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      style={{ visibility: 'hidden' }}
      onKeyDown={onKeyDown}
    >
      <div class="finding-head">
        <strong id={titleId} class="send-check-title">
          Before you send: {holdTitles[left.hold].toLowerCase()}
        </strong>
        <button type="button" class="close" aria-label="Cancel the send and return to the reply" onClick={() => actions.cancelSend(state.id)}>
          ×
        </button>
      </div>
      <ul class="left">
        {left.findings.map((finding) => (
          <li key={`${finding.ruleId}-${finding.start}`} data-testid="tactful-send-finding" data-rule-id={finding.ruleId} data-severity={finding.severity}>
            <span class={`severity-tag severity-${finding.severity}`}>{severityLabels[finding.severity]}</span> <span class="category">{categoryLabels[finding.category]}</span>{' '}
            <q>{finding.text}</q>
          </li>
        ))}
        {left.checklist.map((item) => (
          <li key={item.id} data-testid="tactful-send-missing" data-check-id={item.id}>
            <span class="severity-tag severity-warning">Missing</span> {item.title ?? checklistLexicon.items.find((candidate) => candidate.id === item.id)?.title ?? item.id}
          </li>
        ))}
      </ul>
      {!left.sendAnyway && <p class="why">Your team asks that errors are fixed before the reply goes.</p>}
      <div class="actions">
        <button type="button" data-testid="tactful-send-review" onClick={() => actions.reviewSend(state.id)}>
          Review
        </button>
        {left.sendAnyway && (
          <button type="button" data-testid="tactful-send-anyway" onClick={() => actions.sendAnyway(state.id)}>
            Send anyway
          </button>
        )}
      </div>
      <p class="keys" aria-hidden="true">
        <kbd>Tab</kbd> choose · <kbd>Esc</kbd> back to the reply, nothing sent
      </p>
    </div>
  );
}
