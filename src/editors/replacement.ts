/** One suggested fix: replace exactly [start, end) of `draft`, the text that was analysed, where it read `expected`. */
export interface Replacement {
  draft: string;
  start: number;
  end: number;
  expected: string;
  text: string;
  /**
   * When the agent last edited the draft (`performance.now()`), if known. Editors whose history folds edits
   * made close together into one undo step (Quill) wait until the agent's typing is old enough.
   */
  editedAt?: number;
}

export type ReplacementOutcome =
  | { status: 'applied' }
  /** The draft changed since the analysis: nothing was touched. */
  | { status: 'stale' }
  /** The editor did not take the edit, or took a different one: the agent is told, the draft is as the editor left it. */
  | { status: 'failed'; reason: string };
