import { z } from 'zod';
import { parsePattern } from '../rules/pattern';

/*
 * The shape of `lexicons/tone.json`. Only tests and scripts validate against it; the runtime imports the type alone,
 * so zod stays out of the extension bundle.
 */

const patternSource = z.string().superRefine((source, context) => {
  try {
    parsePattern(source);
  } catch (error) {
    context.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
  }
});

const common = {
  id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  /** Positive for politeness strategies, negative for impoliteness; added once per sentence where it is found. */
  weight: z.number().refine((weight) => weight !== 0, 'a strategy without weight does nothing'),
  note: z.string().min(1),
  examples: z.strictObject({
    match: z.array(z.string()).min(1),
    noMatch: z.array(z.string()).min(1),
  }),
};

/** A strategy said in words: patterns in the rule packs' syntax (docs/lexicons.md), with exceptions that cancel a match they overlap. */
export const tonePhraseStrategySchema = z.strictObject({
  ...common,
  /** The sentence acknowledges the reader's trouble (apology, empathy, thanks), so its negative words are not held against it. */
  acknowledges: z.boolean().optional(),
  /** Counted only in a sentence that ends with a question mark, or only in one that does not. */
  sentence: z.enum(['question', 'statement']).optional(),
  patterns: z.array(patternSource).min(1),
  exceptions: z.array(patternSource).min(1).optional(),
});

const count = z.number().int().min(1);

/**
 * A strategy read from the shape of the text rather than its words, by the one shouting check of the draft and the
 * customer (`text/find-shouting.ts`), at the loudness given here: shouting in capitals, runs of '!' and '?'.
 */
export const toneSignalStrategySchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...common, kind: z.literal('capitals'), minWords: count, minLettersAlone: count.min(2) }),
  z.strictObject({ ...common, kind: z.literal('punctuation-run'), minRun: count.min(2), enthusiasmMaxRun: count }),
]);

export const toneStrategySchema = z.union([tonePhraseStrategySchema, toneSignalStrategySchema]);

export const toneLexiconSchema = z.strictObject({
  source: z.string().min(1),
  strategies: z.array(toneStrategySchema).min(1),
  /**
   * AFINN words that carry no tone in a reply: the customer's trouble as named in empathy or apology ("frustrating",
   * "problem", "sorry"), and words AFINN reads as positive in condescension ("calm down", "like I said", "clearly").
   */
  neutralWords: z.array(z.string().regex(/^[a-z']+$/)).min(1),
  scoring: z.strictObject({
    /** Tone of a draft with no marker at all, and of an empty draft. */
    neutral: z.number().min(0).max(100),
    /** How far courtesy can lift the tone above neutral, and the courtesy at which it gets ~63 % of the way. */
    courtesyRange: z.number().positive(),
    courtesyScale: z.number().positive(),
    /** How far rudeness can drop the tone below neutral, and the rudeness at which it gets ~63 % of the way. */
    rudenessRange: z.number().positive(),
    rudenessScale: z.number().positive(),
    /**
     * Courtesy and rudeness are divided by (1 + characters / lengthScale) raised to these exponents: a marker weighs less in a
     * long draft than in a short one, so one blunt word does not sink a long warm reply. Courtesy is divided less, so
     * adding a courteous sentence still lifts the tone.
     */
    lengthScale: z.number().positive(),
    courtesyLengthExponent: z.number().min(0).max(1),
    rudenessLengthExponent: z.number().min(0).max(1),
    /** Courtesy per point of positive AFINN score, and rudeness per point of negative score, per sentence. */
    positiveSentimentWeight: z.number().nonnegative(),
    negativeSentimentWeight: z.number().nonnegative(),
    /** A sentence's AFINN score counts up to this much either way, so one gushing or swearing sentence does not dominate. */
    sentimentCap: z.number().positive(),
    /** Tone points each rule-engine finding takes off, by severity. */
    findingPenalty: z.strictObject({
      error: z.number().nonnegative(),
      warning: z.number().nonnegative(),
      suggestion: z.number().nonnegative(),
    }),
  }),
});

export type TonePhraseStrategy = z.infer<typeof tonePhraseStrategySchema>;
export type ToneSignalStrategy = z.infer<typeof toneSignalStrategySchema>;
export type ToneStrategy = z.infer<typeof toneStrategySchema>;
export type ToneLexicon = z.infer<typeof toneLexiconSchema>;
