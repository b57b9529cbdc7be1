import type { HelpDeskAdapter } from '../adapters/adapter';
import type { CoachStore, EditorState } from '../coach/coach-store';
import { readEditorText } from '../editors/read-editor-text';
import { selectText } from '../editors/select-text';
import type { SendEvent } from '../stats/stats';
import { copiesHold, draftCopies, hiddenFieldValues } from './draft-copies';
import { replaySend } from './replay-send';
import { attemptAnchor, type SendAttempt } from './send-attempt';
import { watchSends } from './watch-sends';
import { whatIsLeft } from './what-is-left';

/** What the held card asks of the reply box's hold. */
export interface HeldSends {
  /** Back to the draft: the caret at the first finding, with its card; the panel when only the checklist is left. */
  review(): void;
  /** Sends once, as the agent did, with the draft as it is now. */
  sendAnyway(): void;
  /** Drops the send and returns to the draft. */
  cancel(): void;
}

export interface HoldOptions {
  id: number;
  editor: HTMLElement;
  store: CoachStore;
  adapter: () => HelpDeskAdapter;
  /** When the agent last edited: an editor that copies its text into a form field after a pause gets that pause. */
  editedAt: () => number | undefined;
  recordSend: (event: SendEvent) => void;
}

/** How long after the last edit a debounced editor has surely copied its text, when no copy of it can be seen. */
const settleAfterEdit = 400;
/** How often, and at most how long, a held send looks for the form's copy of the draft to catch up. */
const copyCheckEvery = 50;
const copyWaitAtMost = 3000;
/** After a send anyway, the page's own follow-up of that send (a submit it starts a moment later) is not held again. */
const followUpGrace = 1500;

/**
 * The last look at Send for one reply box. A public reply with something left under the team's policy is held
 * before the page sees the send, and the card shows what is left; a clean draft, a note, or a draft the coach has
 * not analysed as it is now goes through untouched. The held send goes at most once, and only when the agent says
 * so. Everything stops when `signal` aborts.
 */
export function holdSends(options: HoldOptions, signal: AbortSignal): HeldSends {
  const { id, editor, store } = options;
  let pending: SendAttempt | null = null;
  /** Held since the last send: a clean send now is a send after a fix. */
  let heldBefore = false;
  let passUntil = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fieldsAtStart = hiddenFieldValues(editor);
  const state = (): EditorState | undefined => store.editors.peek().find((candidate) => candidate.id === id);
  const leftNow = () => {
    const current = state();
    return current ? whatIsLeft(current, store.sendPolicy.peek()) : null;
  };
  const close = (): void => {
    pending = null;
    if (store.sendCheck.peek()?.editorId === id) store.sendCheck.value = null;
  };

  watchSends(
    {
      editor,
      adapter: options.adapter,
      interested: () => heldBefore || leftNow() !== null,
      onSend(attempt) {
        if (performance.now() < passUntil) return false;
        const left = leftNow();
        if (!left) {
          if (heldBefore) options.recordSend('sentAfterFix');
          heldBefore = false;
          close();
          return false;
        }
        // Only what the coach has seen is judged: a draft changed since its last analysis goes as the agent sent it.
        if (readEditorText(editor).text !== state()?.text.text) return false;
        if (store.sendCheck.peek()?.editorId !== id) options.recordSend('held');
        pending = attempt;
        heldBefore = true;
        store.sendCheck.value = { editorId: id, left, anchor: attemptAnchor(attempt) };
        return true;
      },
    },
    signal,
  );

  // A card open while the draft changes shows what is left now, and closes when nothing is.
  const stopFollowing = store.editors.subscribe(() => {
    const open = store.sendCheck.peek();
    if (open?.editorId !== id) return;
    const left = leftNow();
    if (!left) close();
    else if (left !== open.left) store.sendCheck.value = { ...open, left };
  });
  signal.addEventListener('abort', () => {
    stopFollowing();
    clearTimeout(timer);
    close();
  });

  return {
    review() {
      const open = store.sendCheck.peek();
      close();
      const first = open?.left.findings[0];
      const current = state();
      if (first && current && selectText(editor, current.text, first.start, first.start)) {
        store.openCard.value = { editorId: id, finding: first };
      } else {
        editor.focus({ preventScroll: true });
        store.openPanel.value = id;
      }
    },
    sendAnyway() {
      const open = store.sendCheck.peek();
      const attempt = pending;
      if (!attempt || open?.editorId !== id || !open.left.sendAnyway) return;
      close();
      heldBefore = false;
      options.recordSend('sentAnyway');
      if (attempt.kind === 'key') editor.focus({ preventScroll: true });
      const go = (): void => {
        passUntil = performance.now() + followUpGrace;
        replaySend(attempt);
      };
      const draft = readEditorText(editor).text;
      const copies = draftCopies(attempt, editor, draft, fieldsAtStart);
      if (copies.length > 0) {
        const giveUpAt = performance.now() + copyWaitAtMost;
        const goOnceCopied = (): void => {
          if (copiesHold(copies, draft) || performance.now() >= giveUpAt) go();
          else timer = setTimeout(goOnceCopied, copyCheckEvery);
        };
        goOnceCopied();
        return;
      }
      const wait = (options.editedAt() ?? -Infinity) + settleAfterEdit - performance.now();
      if (wait > 0) timer = setTimeout(go, wait);
      else go();
    },
    cancel() {
      close();
      editor.focus({ preventScroll: true });
    },
  };
}
