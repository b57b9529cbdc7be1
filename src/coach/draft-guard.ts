/**
 * What the coach remembers of one reply box after a fix, in memory only: the draft as it was before the fix, so
 * an undo that takes more than the fix (the agent's typing, or the whole draft, in editors whose undo merges
 * typing with an edit they did not make) can be put right.
 */
export type DraftGuard =
  | { state: 'off' }
  /** A fix was applied: `fixed` is the draft it left, `preFix` the draft before it. */
  | { state: 'watching'; preFix: string; fixed: string }
  /** The undo after the fix left `left`, neither draft: the agent is offered `preFix` back. */
  | { state: 'lost'; preFix: string; left: string };

export const guardOff: DraftGuard = { state: 'off' };

export function watchFix(preFix: string, fixed: string): DraftGuard {
  return { state: 'watching', preFix, fixed };
}

/**
 * The guard once the draft reads `text`; `undone` tells that the agent's last action was an undo.
 * While the draft is as the fix left it, the guard waits. An undo that brings back the draft before the fix did its
 * job; one that leaves anything else lost text. Any other edit means the agent wrote on: putting the old draft back
 * would lose those words, so the guard stands down. The offer stays while the draft is as the undo left it.
 */
export function nextGuard(guard: DraftGuard, text: string, undone: boolean): DraftGuard {
  if (guard.state === 'off') return guard;
  if (guard.state === 'lost') return text === guard.left ? guard : guardOff;
  if (text === guard.fixed) return guard;
  if (!undone || text === guard.preFix) return guardOff;
  return { state: 'lost', preFix: guard.preFix, left: text };
}
