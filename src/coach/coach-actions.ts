import type { Finding } from '../analysis/types';

/** What the overlay can ask the coach to do; the components call these and never touch the editor. */
export interface CoachActions {
  applySuggestion(editorId: number, finding: Finding, suggestion: string): Promise<void>;
  ignoreFinding(editorId: number, finding: Finding): void;
  ignoreRule(editorId: number, ruleId: string): void;
}
