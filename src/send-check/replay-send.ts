import type { SendAttempt } from './send-attempt';

let replaying = false;

/** Whether a send is being replayed now: the hold lets the events it dispatches through. */
export function isReplaying(): boolean {
  return replaying;
}

/**
 * Sends once more exactly as the agent did, now that they chose to send anyway: the same control with the same
 * modifiers, the same keys on the same element, or the same form with the same submitter. The page's own handlers
 * see it as they would have seen the agent's action, and the hold lets it through (events are dispatched
 * synchronously, so the flag covers the submit a replayed click causes).
 */
export function replaySend(attempt: SendAttempt): void {
  replaying = true;
  try {
    if (attempt.kind === 'click') replayClick(attempt.event, attempt.target.isConnected ? attempt.target : attempt.control);
    else if (attempt.kind === 'key') replayKey(attempt.event, attempt.target);
    else replaySubmit(attempt.form, attempt.submitter);
  } finally {
    replaying = false;
  }
}

function replayClick(original: MouseEvent, target: Element): void {
  const init: PointerEventInit = {
    bubbles: true,
    cancelable: true,
    composed: true,
    view: original.view,
    detail: original.detail,
    screenX: original.screenX,
    screenY: original.screenY,
    clientX: original.clientX,
    clientY: original.clientY,
    ctrlKey: original.ctrlKey,
    shiftKey: original.shiftKey,
    altKey: original.altKey,
    metaKey: original.metaKey,
    button: original.button,
    buttons: original.buttons,
  };
  const view = target.ownerDocument.defaultView ?? window;
  const pointer = typeof view.PointerEvent === 'function' && 'pointerType' in original;
  target.dispatchEvent(pointer ? new view.PointerEvent('click', { ...init, pointerId: (original as PointerEvent).pointerId, pointerType: (original as PointerEvent).pointerType }) : new view.MouseEvent('click', init));
}

/** The key's whole press as the browser sends it: down, press where down was not cancelled, up. */
function replayKey(original: KeyboardEvent, target: Element): void {
  const view = target.ownerDocument.defaultView ?? window;
  // keyCode and which are still read by older page code; Chromium takes them from the init dictionary.
  const init = {
    bubbles: true,
    cancelable: true,
    composed: true,
    view: original.view,
    key: original.key,
    code: original.code,
    location: original.location,
    ctrlKey: original.ctrlKey,
    shiftKey: original.shiftKey,
    altKey: original.altKey,
    metaKey: original.metaKey,
    keyCode: original.keyCode,
    which: original.which,
  } as KeyboardEventInit;
  const down = new view.KeyboardEvent('keydown', init);
  if (target.dispatchEvent(down)) target.dispatchEvent(new view.KeyboardEvent('keypress', { ...init, charCode: 13 } as KeyboardEventInit));
  target.dispatchEvent(new view.KeyboardEvent('keyup', init));
}

function replaySubmit(form: HTMLFormElement, submitter: HTMLElement | null): void {
  if (!form.isConnected) return;
  const type = submitter?.getAttribute('type') ?? (submitter?.localName === 'button' ? 'submit' : null);
  const isSubmitter = submitter?.isConnected && form.contains(submitter) && (type === 'submit' || type === 'image');
  form.requestSubmit(isSubmitter ? submitter : null);
}
