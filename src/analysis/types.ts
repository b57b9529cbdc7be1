/** Shapes shared by every consumer of the analysis engine: content script, options page, CLI, tests. */

export type Mood = 'calm' | 'concerned' | 'frustrated' | 'angry';

export type SignalKind =
  | 'repeat-contact'
  | 'churn-risk'
  | 'legal-threat'
  | 'public-threat'
  | 'urgency'
  | 'shouting'
  | 'profanity';

/** A span of the customer's message that tells something about their state. Offsets are UTF-16, end exclusive. */
export interface Signal {
  kind: SignalKind;
  /** The lexicon rule that found it (for merged overlapping matches, the earliest one's). */
  ruleId: string;
  start: number;
  end: number;
  text: string;
}

export interface CustomerAnalysis {
  mood: Mood;
  /** How upset the customer is, 0 (content) to 1 (furious); consistent with `mood`. */
  intensity: number;
  /** Lexicon sentiment after negation, intensifiers and complaint language: negative is unhappy. */
  sentiment: number;
  signals: Signal[];
  /** The name the customer signs with, when they do: a required greeting must then use it. */
  name?: string;
}

export type Category =
  | 'blame'
  | 'defensive'
  | 'dismissive'
  | 'passive-aggressive'
  | 'negative'
  | 'insincere-apology'
  | 'overpromise'
  | 'shouting';

export type Severity = 'error' | 'warning' | 'suggestion';

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

export type ChecklistId = 'empathy' | 'apology' | 'ownership' | 'solution' | 'next-steps' | 'follow-up' | 'escalation';

export type ChecklistStatus = 'met' | 'missing' | 'not-needed';

/** A team's required element in the checklist: "required:" then the element's id ("required:greeting"). */
export type RequiredItemId = `required:${string}`;

export interface ChecklistItem {
  id: ChecklistId | RequiredItemId;
  status: ChecklistStatus;
  hint: string;
  /** Set on required elements, whose titles come from the team policy rather than the checklist lexicon. */
  title?: string;
}

export interface DraftAnalysis {
  /** 0..100, higher is more courteous. */
  tone: number;
  findings: Finding[];
  checklist: ChecklistItem[];
}
