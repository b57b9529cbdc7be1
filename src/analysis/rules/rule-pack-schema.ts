import { z } from 'zod';
import { severities } from './severities';

/**
 * The schema of a rule pack in `lexicons/`: the single source of truth for its shape.
 * Tests and the build validate every pack with it; the runtime imports only the types.
 */
export const categoryIds = [
  'blame',
  'defensive',
  'dismissive',
  'passive-aggressive',
  'negative',
  'insincere-apology',
  'overpromise',
  'shouting',
] as const;

export const severitySchema = z.enum(severities);

const ruleId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a rule id is lower-case words joined by hyphens');
const nonEmptyText = z.string().trim().min(1);

/** A sentence the rule must flag; as an object it also pins the flagged text and the first suggestion. */
const matchExample = z.union([
  nonEmptyText,
  z.strictObject({ text: nonEmptyText, flagged: nonEmptyText.optional(), suggestion: nonEmptyText.optional() }),
]);

const examples = z.strictObject({
  match: z.array(matchExample).min(1, 'a rule needs at least one example it must match'),
  noMatch: z.array(nonEmptyText).min(1, 'a rule needs at least one example it must not match'),
});

const common = {
  id: ruleId,
  severity: severitySchema,
  /** Why the wording hurts the reply, tied to the playbook, in the agent's terms. */
  message: nonEmptyText,
  /** Replacements; `{name}` inserts a named group of the match, `{name|infinitive}` its verb's infinitive. */
  suggestions: z.array(nonEmptyText),
  examples,
};

/** Phrases and grammatical variants, in compromise's match syntax. */
export const phraseRuleSchema = z.strictObject({
  ...common,
  kind: z.literal('phrase'),
  patterns: z.array(nonEmptyText).min(1),
  /** Patterns for neutral or empathetic uses: a match of one overlapping the finding cancels it. */
  exceptions: z.array(nonEmptyText).default([]),
  /** Wording that is fine said calmly and hurts only asked loudly: a match counts only when a run of marks follows it ("Are you still there???"). */
  loudOnly: z.boolean().optional(),
  /**
   * Wording that is friendly alone and pointed after a lecture: a match counts only in a draft with a finding of one of
   * these categories elsewhere ("Hope that clears it up" after "As I already said").
   */
  onlyWith: z.array(z.enum(categoryIds)).min(1).optional(),
});

/** Words written in capitals: the shared check of `text/find-shouting.ts` (acronyms and codes excepted), at the draft's thresholds. */
export const capitalsRuleSchema = z.strictObject({
  ...common,
  kind: z.literal('capitals'),
  /** Capitalised words in a row that make shouting, when none is long enough on its own. */
  minWords: z.number().int().min(1),
  /** A single capitalised word this long or longer is shouting on its own. */
  minLettersAlone: z.number().int().min(2),
  /**
   * Categories of how a thing is said (tone) whose findings on the shouted words are left to this one: in "WE CANNOT
   * EXTEND IT" the raised voice is the fault to fix first. What is said (blame, a promise) keeps its own finding.
   */
  covers: z.array(z.enum(categoryIds)).default([]),
});

/** Runs of exclamation and question marks: the shared check of `text/find-shouting.ts`, at the draft's thresholds. */
export const punctuationRuleSchema = z.strictObject({
  ...common,
  kind: z.literal('punctuation'),
  /** A run of ! and ? at least this long is flagged; "?!" always is. */
  minRun: z.number().int().min(2),
  /** The longest run of "!" that reads as warmth after thanks or praise in its sentence ("Thanks so much!!"). */
  enthusiasmMaxRun: z.number().int().min(1),
});

export const ruleSchema = z.discriminatedUnion('kind', [phraseRuleSchema, capitalsRuleSchema, punctuationRuleSchema]);

export const rulePackSchema = z.strictObject({
  category: z.enum(categoryIds),
  title: nonEmptyText,
  /** What the category is and why it matters, for the docs and the options page. */
  description: nonEmptyText,
  rules: z.array(ruleSchema).min(1),
});

export type RulePack = z.input<typeof rulePackSchema>;
export type Rule = z.input<typeof ruleSchema>;
export type PhraseRule = z.input<typeof phraseRuleSchema>;
export type CapitalsRule = z.input<typeof capitalsRuleSchema>;
export type PunctuationRule = z.input<typeof punctuationRuleSchema>;
