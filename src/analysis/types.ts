import type { z } from 'zod';
import type { categoryIds, severitySchema } from './rules/rule-pack-schema';
import type { checklistIdSchema } from './checklist/checklist-schema';
import type { moodSchema, signalKindSchema } from './customer/customer-lexicon-schema';

/** Shapes shared by every consumer of the analysis engine: content script, options page, CLI, tests. */

export type Mood = z.infer<typeof moodSchema>;

export type SignalKind = z.infer<typeof signalKindSchema>;

/** A span of the customer's message that tells something about their state. Offsets are UTF-16, end exclusive. */
export interface Signal {
  kind: SignalKind;
  /** The lexicon rule that found it (for merged overlapping matches, the earliest one's). */
  ruleId: string;
  start: number;
  end: number;
  text: string;
}

/** A paragraph in a language Tactful does not coach (BCP 47 code): it was not checked. Offsets are UTF-16, end exclusive. */
export interface UncheckedSpan {
  start: number;
  end: number;
  language: string;
}

export interface CustomerAnalysis {
  /** The language most of the message is written in (BCP 47, such as `en` or `de`). Other than `en`, nothing was read: calm, no signals. */
  language: string;
  mood: Mood;
  /** How upset the customer is, 0 (content) to 1 (furious); consistent with `mood`. */
  intensity: number;
  /** Lexicon sentiment after negation, intensifiers and complaint language: negative is unhappy. */
  sentiment: number;
  signals: Signal[];
  /** The name the customer signs with, when they do: a required greeting must then use it. */
  name?: string;
}

export type Category = (typeof categoryIds)[number];

export type Severity = z.infer<typeof severitySchema>;

/** One flagged span of the draft. Offsets are UTF-16 indices into the draft as given, end exclusive. */
export interface Finding {
  start: number;
  end: number;
  text: string;
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Why it hurts the reply, in the agent's terms. */
  message: string;
  /** Replacements for exactly `[start, end)`, best first. */
  suggestions: string[];
}

export type ChecklistId = z.infer<typeof checklistIdSchema>;

export type ChecklistStatus = 'met' | 'missing' | 'not-needed';

/** A team's required element in the checklist: "required:" then the element's id ("required:greeting"). */
export type RequiredItemId = `required:${string}`;

export interface ChecklistItem {
  id: ChecklistId | RequiredItemId;
  status: ChecklistStatus;
  hint: string;
  /** Set on required elements, whose titles come from the team policy rather than the checklist lexicon. */
  title?: string;
  /** On a met playbook item: where the draft shows it, and the id of the checklist pattern that found it. */
  evidence?: ChecklistItemEvidence[];
}

/** Offsets are UTF-16 indices into the draft, end exclusive. */
export interface ChecklistItemEvidence {
  ruleId: string;
  start: number;
  end: number;
}

export interface DraftAnalysis {
  /** The language most of the agent's own text is written in (BCP 47). Other than `en`, there are no findings and no checklist. */
  language: string;
  /** Paragraphs in other languages than English, which were not checked. */
  notChecked: UncheckedSpan[];
  /** 0..100, higher is more courteous. */
  tone: number;
  findings: Finding[];
  checklist: ChecklistItem[];
}
