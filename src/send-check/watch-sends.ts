import type { HelpDeskAdapter } from '../adapters/adapter';
import { anchorsOf, findSendButtons, isSendKey, sendKeys } from '../adapters/send-buttons';
import { isReplaying } from './replay-send';
import type { SendAttempt } from './send-attempt';

export interface SendWatch {
  editor: HTMLElement;
  adapter: () => HelpDeskAdapter;
  /** Cheap, asked first on every click, key and submit: whether a send now concerns the hold at all. */
  interested: () => boolean;
  /** A send of this reply box; true holds it, and the page never sees the event. */
  onSend: (attempt: SendAttempt) => boolean;
}

/**
 * Hears the reply box's sends before the page does: capture-phase listeners on its window (and on the windows of
 * same-origin frames around it, where an iframe editor's Send button is), registered by the coach, so they run
 * before the page's own listeners on the control. A held event is stopped there; everything else passes untouched
 * and at once, and nothing is looked up unless `interested` says a send could be held.
 */
export function watchSends(watch: SendWatch, signal: AbortSignal): void {
  const { editor } = watch;
  const anchors = anchorsOf(editor);
  let heldKey: string | null = null;
  const hold = (event: Event, attempt: SendAttempt): void => {
    if (!watch.onSend(attempt)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (attempt.kind === 'key') heldKey = (event as KeyboardEvent).code || (event as KeyboardEvent).key;
  };
  const onClick = (event: MouseEvent): void => {
    if (isReplaying() || event.button !== 0 || !watch.interested()) return;
    const path = event.composedPath();
    const control = findSendButtons(watch.adapter(), editor).buttons.find((button) => path.includes(button));
    const target = path[0];
    if (control && isElement(target)) hold(event, { kind: 'click', event, target, control });
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (isReplaying() || event.key !== 'Enter' || !event.composedPath().includes(editor) || !watch.interested()) return;
    const target = event.composedPath()[0];
    if (isSendKey(event, sendKeys(watch.adapter(), editor)) && isElement(target)) hold(event, { kind: 'key', event, target });
  };
  // The key held on its way down is held on its way up too: a page that sends on keyup must not see it either.
  const onKeyUp = (event: KeyboardEvent): void => {
    if (isReplaying() || heldKey === null || (event.code || event.key) !== heldKey) return;
    heldKey = null;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const onSubmit = (event: SubmitEvent): void => {
    const form = event.target as HTMLFormElement | null;
    if (isReplaying() || form?.tagName !== 'FORM' || !anchors.some((anchor) => form.contains(anchor)) || !watch.interested()) return;
    hold(event, { kind: 'submit', event, form, submitter: event.submitter });
  };
  const views = new Set<Window>();
  for (const anchor of anchors) if (anchor.ownerDocument.defaultView) views.add(anchor.ownerDocument.defaultView);
  for (const view of views) {
    view.addEventListener('click', onClick, { capture: true, signal });
    view.addEventListener('keydown', onKeyDown, { capture: true, signal });
    view.addEventListener('keyup', onKeyUp, { capture: true, signal });
    view.addEventListener('submit', onSubmit, { capture: true, signal });
  }
}

/** An element of any frame: `instanceof` answers for this frame's realm only, and a Send button may be in the page around it. */
function isElement(target: EventTarget | undefined): target is Element {
  return (target as Node | undefined)?.nodeType === Node.ELEMENT_NODE;
}
