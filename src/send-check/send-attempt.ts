/** One send the agent started: the event the page would have seen, and the control it came from. */
export type SendAttempt =
  | { kind: 'click'; event: MouseEvent; target: Element; control: HTMLElement }
  | { kind: 'key'; event: KeyboardEvent; target: Element }
  | { kind: 'submit'; event: SubmitEvent; form: HTMLFormElement; submitter: HTMLElement | null };

/** What the held card is drawn beside: the button, the form's submitter, else the reply box. */
export function attemptAnchor(attempt: SendAttempt): Element | null {
  if (attempt.kind === 'click') return attempt.control.isConnected ? attempt.control : null;
  if (attempt.kind === 'submit') return attempt.submitter?.isConnected ? attempt.submitter : null;
  return null;
}
