import { z } from 'zod';

/*
 * The shape of `lexicons/tone.json`. Only tests and scripts validate against it; the runtime imports the type alone,
 * so zod stays out of the extension bundle.
 */

const regexSource = z.string().refine((source) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

export const toneStrategySchema = z.strictObject({
  id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  /** Positive for politeness strategies, negative for impoliteness; added once per sentence where any pattern matches. */
  weight: z.number().refine((weight) => weight !== 0, 'a strategy without weight does nothing'),
  /** The sentence acknowledges the reader's trouble (apology, empathy, thanks), so its negative words are not held against it. */
  acknowledges: z.boolean().optional(),
  /** Patterns are matched case-insensitively unless this is set (shouting is about case). */
  caseSensitive: z.boolean().optional(),
  note: z.string().min(1),
  patterns: z.array(regexSource).min(1),
  examples: z.strictObject({
    match: z.array(z.string()).min(1),
    noMatch: z.array(z.string()).min(1),
  }),
});

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

export type ToneStrategy = z.infer<typeof toneStrategySchema>;
export type ToneLexicon = z.infer<typeof toneLexiconSchema>;
