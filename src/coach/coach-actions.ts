import type { Finding } from '../analysis/types';

/** What the overlay can ask the coach to do; the components call these and never touch the editor. */
export interface CoachActions {
  applySuggestion(editorId: number, finding: Finding, suggestion: string): Promise<void>;
  ignoreFinding(editorId: number, finding: Finding): void;
  ignoreRule(editorId: number, ruleId: string): void;
  /** Puts back the draft as it was before the last fix, after an undo that took more than the fix. */
  restoreDraft(editorId: number): Promise<void>;
  /** The held send's card: back to the first finding, send as the agent did, or drop the send. */
  reviewSend(editorId: number): void;
  sendAnyway(editorId: number): void;
  cancelSend(editorId: number): void;
}
