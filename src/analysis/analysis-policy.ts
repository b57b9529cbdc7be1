import type { Category, ChecklistId, Severity } from './types';

/** A team's own rule: phrases (and optional compromise patterns) flagged like a built-in rule. */
export interface CustomRule {
  /** Recognisable as the team's: always starts with "team-". */
  id: string;
  phrases: string[];
  patterns?: string[];
  exceptions?: string[];
  category: Category;
  severity: Severity;
  message: string;
  suggestions: string[];
}

/** What the engine needs of a policy; the stored, layered policy is resolved to this. */
export interface AnalysisPolicy {
  /** Per category: off, or the severity every finding of it gets. */
  categories?: Partial<Record<Category, Severity | 'off'>>;
  disabledRules?: string[];
  custom?: CustomRule[];
  vocabulary?: { accept?: string[] };
  /** Checklist items turned off are reported as not needed. */
  checklist?: Partial<Record<ChecklistId, boolean>>;
}
