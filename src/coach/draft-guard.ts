/**
 * What the coach remembers of one reply box after a fix, in memory only: the draft as it was before the fix and the
 * drafts the agent wrote since, so an undo that takes more than one step of theirs (the agent's typing, or the whole
 * draft, in editors whose undo merges typing with an edit they did not make) can be put right.
 */
export type DraftGuard =
  | { state: 'off' }
  /** A fix was applied: `preFix` is the draft before it, `seen` the drafts since, the one the fix left first. */
  | { state: 'watching'; preFix: string; seen: readonly string[] }
  /** The undo left `left`, a draft never seen since the fix: the agent is offered `restore` back. */
  | { state: 'lost'; restore: string; left: string };

export const guardOff: DraftGuard = { state: 'off' };

/** Drafts remembered since the fix: enough for the steps an undo can go back to between two checks. */
const remembered = 20;

export function watchFix(preFix: string, fixed: string): DraftGuard {
  return { state: 'watching', preFix, seen: [fixed] };
}

/**
 * The guard once the draft reads `text`; `undone` tells that the agent's last action was an undo.
 * An edit of the agent's own is remembered. An undo that brings back the draft before the fix, or any draft seen
 * since, did its job; one that leaves anything else lost text, and the agent is offered back the draft before the
 * fix when they had not written on, else their draft as it was just before the undo, so none of their words is lost.
 * The offer stays while the draft is as the undo left it.
 */
export function nextGuard(guard: DraftGuard, text: string, undone: boolean): DraftGuard {
  if (guard.state === 'off') return guard;
  if (guard.state === 'lost') return text === guard.left ? guard : guardOff;
  const { preFix, seen } = guard;
  if (seen.includes(text)) return guard;
  if (!undone) return { state: 'watching', preFix, seen: [seen[0]!, ...seen.slice(1).slice(1 - remembered), text] };
  if (text === preFix) return guardOff;
  return { state: 'lost', restore: seen.length === 1 ? preFix : seen[seen.length - 1]!, left: text };
}
