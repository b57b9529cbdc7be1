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
});

/** Words written in capitals, except acronyms. */
export const capitalsRuleSchema = z.strictObject({
  ...common,
  kind: z.literal('capitals'),
  /** Capitalised words in a row that make shouting, when none is long enough on its own. */
  minWords: z.number().int().min(1),
  /** A single capitalised word this long or longer is shouting on its own. */
  minLettersAlone: z.number().int().min(2),
  /** Capitalised words that are names or acronyms, never shouting. */
  acronyms: z.array(z.string().regex(/^[A-Z0-9&.-]+$/)),
  /** Short words that are shouting on their own when capitalised ("NOT", "ALL"). */
  emphasisWords: z.array(z.string().regex(/^[A-Z']+$/)),
  /** Words after which a capitalised word is a label to type or click ("tap ACTIVATE"), not shouting. */
  labelCues: z.array(z.string().regex(/^[a-z]+$/)),
  /** Words after which a lone capitalised word, not an emphasis word, names something ("the SWIFT transfer", "by CHAPS", "in CAPS"): a scheme, a body, a format. */
  nameCues: z.array(z.string().regex(/^[a-z]+$/)).default([]),
});

/** Repeated exclamation and question marks. */
export const punctuationRuleSchema = z.strictObject({
  ...common,
  kind: z.literal('punctuation'),
  /** A run of these marks at least `minRun` long is flagged. */
  marks: nonEmptyText,
  minRun: z.number().int().min(2),
  /** Words of thanks and praise: a run of exclamation marks after one of them in its sentence is warmth, not raised voice ("Thanks so much!!"). */
  enthusiasmWords: z.array(z.string().regex(/^[a-z]+$/)),
  /** The longest run that reads as warmth after such a word: a longer one is loud even after thanks. */
  enthusiasmMaxRun: z.number().int().min(2),
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
