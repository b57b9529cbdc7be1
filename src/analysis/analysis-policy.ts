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

/** Shared by every required element: how it shows in the checklist. */
interface RequiredCommon {
  /** Defaults to the kind for greeting, sign-off and ticket-reference; the item's id is "required:" then this. */
  id?: string;
  title?: string;
  /** Shown while the element is missing. */
  hint?: string;
}

/**
 * Something every reply must carry, whatever the customer's mood: a greeting with the customer's name, a
 * sign-off, a ticket reference, or the team's own wording (phrases, or a regular expression).
 */
export type RequiredElement =
  | (RequiredCommon & { kind: 'greeting' })
  | (RequiredCommon & { kind: 'sign-off'; phrases?: string[] })
  | (RequiredCommon & { kind: 'ticket-reference'; regex?: string })
  | (RequiredCommon & { kind: 'phrase'; id: string; phrases: string[] })
  | (RequiredCommon & { kind: 'regex'; id: string; regex: string });

/** What the engine needs of a policy; the stored, layered policy is resolved to this. */
export interface AnalysisPolicy {
  /** Per category: off, or the severity every finding of it gets. */
  categories?: Partial<Record<Category, Severity | 'off'>>;
  disabledRules?: string[];
  custom?: CustomRule[];
  vocabulary?: { accept?: string[] };
  /** Checklist items turned off are reported as not needed. */
  checklist?: Partial<Record<ChecklistId, boolean>>;
  /** Reported after the playbook items, as checklist items with ids "required:<id>". */
  required?: RequiredElement[];
}
