import { useOverlay } from '../overlay-context';

export interface Props {
  editorId: number;
  /** Floating next to the badge when the panel is closed, rather than at the top of the panel. */
  floating?: { left: number; top: number };
}

/**
 * Offered when the undo after a fix took more than the fix (the agent's typing, or the whole draft): puts the
 * draft as it was before the fix back, as one step the editor can undo in turn.
 */
export function RestoreDraft({ editorId, floating }: Props) {
  const { actions } = useOverlay();
  return (
    <div
      class={floating ? 'notice restore floating' : 'notice restore'}
      data-testid="tactful-restore-offer"
      role="status"
      style={floating ? { left: `${floating.left}px`, top: `${floating.top}px` } : undefined}
    >
      <p>That undo took more than Tactful's fix.</p>
      <button type="button" data-testid="tactful-restore-draft" onClick={() => void actions.restoreDraft(editorId)}>
        Restore my draft
      </button>
    </div>
  );
}
