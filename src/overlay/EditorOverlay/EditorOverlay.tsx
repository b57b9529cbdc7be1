import type { EditorState } from '../../coach/coach-store';
import type { LeftToCheck } from '../../send-check/what-is-left';
import { Badge, badgeSize } from '../Badge/Badge';
import { Card } from '../Card/Card';
import { Mirror } from '../Mirror/Mirror';
import { Notice } from '../Notice/Notice';
import { Panel } from '../Panel/Panel';
import { RestoreDraft } from '../RestoreDraft/RestoreDraft';
import { SendCheck } from '../SendCheck/SendCheck';
import { useOverlay } from '../overlay-context';
import { pageTheme } from '../page-theme';
import { categoryLabels } from '../labels';
import { cssZoom } from '../css-zoom';
import { clamp, viewportMargin } from '../rect';
import { useCaretFinding } from '../use-caret-finding';
import { useEscapeInEditor } from '../use-escape-in-editor';
import { useHighlightUnderlines } from '../use-highlight-underlines';
import { useLayoutTick } from '../use-layout-tick';
import { useOpenShortcut } from '../use-open-shortcut';
import { useRememberedCaret } from '../use-remembered-caret';
import { useRef } from 'preact/hooks';
import { openShortcut } from '../open-shortcut';

export interface Props {
  state: EditorState;
}

const noticeWidth = 300;

/** What a screen reader hears when a send is held. */
function sendAnnouncement(left: LeftToCheck): string {
  const parts = [left.findings.length > 0 ? `${left.findings.length} ${left.findings.length === 1 ? 'phrase' : 'phrases'} to reconsider` : '', left.checklist.length > 0 ? `${left.checklist.length} checklist ${left.checklist.length === 1 ? 'item' : 'items'} missing` : ''];
  return `Tactful held the send: ${parts.filter(Boolean).join(', ')}. Review, send anyway, or Escape to go back.`;
}

/** All Tactful draws for one reply box: underlines, badge, panel, card, notice; themed to match the page. */
export function EditorOverlay({ state }: Props) {
  const { store } = useOverlay();
  const layoutTick = useLayoutTick(state.editor);
  const theme = pageTheme(state.editor);
  useHighlightUnderlines(state, theme, layoutTick);
  useCaretFinding(store, state.id, state.editor);
  useEscapeInEditor(store, state.id, state.editor);
  const root = useRef<HTMLDivElement>(null);
  useOpenShortcut(store, state.id, state.editor, root);
  const returnToEditor = useRememberedCaret(state.editor);

  const panelOpen = store.openPanel.value === state.id;
  const card = store.openCard.value?.editorId === state.id ? store.openCard.value.finding : null;
  const sendCheck = store.sendCheck.value?.editorId === state.id ? store.sendCheck.value : null;
  const panelId = `tactful-panel-${state.id}`;
  const closeAndReturn = (): void => {
    store.openPanel.value = null;
    store.openCard.value = null;
    returnToEditor();
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && (panelOpen || card)) {
      event.preventDefault();
      closeAndReturn();
    }
    // Keys pressed in the overlay are not the page's shortcuts.
    event.stopPropagation();
  };

  const box = state.editor.getBoundingClientRect();
  const view = state.editor.ownerDocument.defaultView ?? window;
  const floating = { left: clamp(box.right + badgeSize.width - noticeWidth, viewportMargin, view.innerWidth - viewportMargin - noticeWidth), top: box.bottom + 8 };
  // A reply box that is hidden (a collapsed composer, another tab of the ticket) shows nothing.
  if (box.width === 0 && box.height === 0) return null;
  return (
    <div
      ref={root}
      class={`editor-overlay theme-${theme}`}
      data-testid="tactful-editor-overlay"
      data-theme={theme}
      // The overlay inherits a zoom set on <html>; undone, so that viewport coordinates place it exactly.
      style={{ zoom: String(1 / cssZoom(state.editor.ownerDocument.documentElement)) }}
      onKeyDown={onKeyDown}
    >
      {state.editor instanceof HTMLTextAreaElement && <Mirror textarea={state.editor} text={state.text.text} findings={state.findings} theme={theme} />}
      <Badge
        state={state}
        open={panelOpen}
        panelId={panelId}
        layoutTick={layoutTick}
        onToggle={() => {
          store.openCard.value = null;
          store.openPanel.value = panelOpen ? null : state.id;
        }}
      />
      {!panelOpen && state.canRestoreDraft && <RestoreDraft editorId={state.id} floating={floating} />}
      {!panelOpen && !state.canRestoreDraft && state.notice && <Notice text={state.notice} floating={floating} />}
      {panelOpen && <Panel state={state} id={panelId} onClose={closeAndReturn} />}
      {card && <Card key={`${card.ruleId}-${card.start}`} state={state} finding={card} onClose={closeAndReturn} />}
      {sendCheck && <SendCheck state={state} left={sendCheck.left} anchor={sendCheck.anchor} />}
      <p class="visually-hidden" role="status" aria-live="polite" data-testid="tactful-announcement">
        {sendCheck ? sendAnnouncement(sendCheck.left) : card ? `Tactful: ${categoryLabels[card.category]}, “${card.text}”. ${openShortcut.label} or Alt+Down for fixes.` : ''}
      </p>
    </div>
  );
}
