import type { EditorState } from '../../coach/coach-store';
import { languageName } from '../../analysis/language/not-checked-text';
import { moodLabels } from '../labels';
import { useMemo } from 'preact/hooks';
import { coversNoPageControl } from '../page-control-under';
import { placeBadge } from '../place-badge';
import type { Size } from '../rect';
import { severities } from '../../analysis/rules/severities';
import { openShortcut } from '../open-shortcut';

export interface Props {
  state: EditorState;
  open: boolean;
  panelId: string;
  onToggle: () => void;
  /** Changes when the page's layout may have changed: the spot is chosen again then, not on every keystroke. */
  layoutTick: number;
}

/** The badge is drawn this size at most; placing it needs no measuring pass. */
export const badgeSize: Size = { width: 48, height: 26 };

/**
 * The count of findings and the customer's mood, at the reply box's corner, clear of the page's own controls there;
 * a button that opens the panel.
 */
export function Badge({ state, open, panelId, onToggle, layoutTick }: Props) {
  const view = state.editor.ownerDocument.defaultView ?? window;
  const box = state.editor.getBoundingClientRect();
  const position = useMemo(
    () => placeBadge(box, badgeSize, { width: view.innerWidth, height: view.innerHeight }, (spot) => coversNoPageControl(state.editor.ownerDocument, state.editor, spot)),
    [state.editor, layoutTick, box.left, box.top, box.right, box.bottom, view.innerWidth, view.innerHeight],
  );
  const count = state.findings.length;
  const customerRead = state.customer?.language === 'en';
  const mood = customerRead ? (state.customer?.mood ?? 'unknown') : 'unknown';
  const moodText = customerRead || !state.customer ? moodLabels[mood].toLowerCase() : `not checked (${languageName(state.customer.language)})`;
  const draftLanguage = state.analysis.language;
  const summary =
    draftLanguage === 'en' ? `${count} ${count === 1 ? 'suggestion' : 'suggestions'}${state.checking ? ' so far, checking the rest' : ''}` : `reply in ${languageName(draftLanguage)}, not checked`;
  const worst = severities.find((severity) => state.findings.some((finding) => finding.severity === severity));
  return (
    <button
      type="button"
      class={`badge ${draftLanguage !== 'en' ? 'not-checked' : worst ? `worst-${worst}` : 'clean'}`}
      data-testid="tactful-badge"
      data-count={count}
      data-mood={mood}
      data-language={draftLanguage}
      data-checking={state.checking ? '' : undefined}
      aria-busy={state.checking}
      aria-haspopup="dialog"
      aria-expanded={open}
      aria-controls={open ? panelId : undefined}
      aria-keyshortcuts={openShortcut.aria}
      aria-label={`Tactful: ${summary}; customer mood ${moodText}`}
      title={`Tactful: ${summary} · customer ${moodText} (${openShortcut.label} from the reply)`}
      style={{ left: `${position.left}px`, top: `${position.top}px` }}
      onClick={onToggle}
    >
      <span class="badge-count">{draftLanguage === 'en' ? count : '–'}</span>
      <span class={`mood-dot mood-${mood}`} aria-hidden="true" />
    </button>
  );
}
