import { z } from 'zod';
import { parsePattern } from '../rules/pattern';
import { tokenWord } from '../text/text-lexicon-schema';

/*
 * The shape of every file in `lexicons/customer/`, for tests and scripts only: the engine imports the JSON as is
 * (see `customer-lexicon.ts`) with the types inferred here, imported as types only so zod stays out of the
 * extension bundle.
 */

const description = z.string().min(20);

const pattern = z
  .string()
  .refine(
    (value) => {
      try {
        parsePattern(value);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a valid pattern (see docs/lexicons.md, pattern syntax)' },
  )
  .refine((value) => !/[\p{L}\p{N}]-[\p{L}\p{N}]/u.test(value), {
    message: 'the customer text parts hyphenated words: write the parts ("cash only", not "cash-only")',
  });

const examples = z.strictObject({ match: z.array(z.string().min(1)).min(1), noMatch: z.array(z.string().min(1)).min(1) });

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case');

const uniqueBy = <T>(key: (item: T) => string) => (items: T[]) => new Set(items.map(key)).size === items.length;

/** How upset a customer is, the calmest first. `Mood` and `SignalKind` in `types.ts` are inferred from these two. */
export const moodSchema = z.enum(['calm', 'concerned', 'frustrated', 'angry']);

/**
 * What a customer's message tells about their situation. `escalation-request`: they ask for a manager, a supervisor
 * or someone senior. `business-impact`: their work is blocked, money is being lost or a deadline is at risk.
 */
export const signalKindSchema = z.enum(['repeat-contact', 'churn-risk', 'legal-threat', 'public-threat', 'escalation-request', 'business-impact', 'urgency', 'shouting', 'profanity']);

export const signalsSchema = z.strictObject({
  description,
  rules: z
    .array(
      z.strictObject({
        id,
        /* Shouting comes from letter case and punctuation, not from phrases (see find-shouting.ts). */
        kind: signalKindSchema.exclude(['shouting']),
        patterns: z.array(pattern).min(1),
        exceptions: z.array(pattern).min(1).optional(),
        /** What the customer says they will do or what it costs them: their mood is at least this, whatever their words. */
        moodFloor: moodSchema.exclude(['calm']).optional(),
        /** A date or an event is at stake only when the message describes trouble that threatens it. */
        onlyWithTrouble: z.literal(true).optional(),
        examples,
      }),
    )
    .refine(uniqueBy((rule) => rule.id), 'rule ids must be unique'),
});

const weight = z.number().min(-5).max(5);

export const complaintLanguageSchema = z
  .strictObject({
    description,
    terms: z.record(pattern, weight),
    negatedTerms: z.record(pattern, weight.max(0)),
    sarcasmProne: z.array(pattern).refine(uniqueBy(String), 'no duplicates'),
    politeness: z.array(pattern).refine(uniqueBy(String), 'no duplicates'),
    emoticons: z.record(z.string().regex(/^[:;=]/, 'an emoticon starts with : ; or ='), weight),
    hashtagStems: z.record(z.string().regex(/^[a-z]+$/, 'lower-case letters'), weight),
    negatedHashtags: z.strictObject({
      prefixes: z.array(z.string().regex(/^[a-z]+$/, 'lower-case letters')).min(1),
      minimumRest: z.number().int().min(1),
      weight: weight.max(0),
      exceptions: z.array(z.string().regex(/^[a-z]+$/, 'lower-case letters')).refine(uniqueBy(String), 'no duplicates'),
    }),
  })
  .refine((lexicon) => lexicon.sarcasmProne.every((term) => (lexicon.terms[term] ?? 0) > 0), {
    message: 'every sarcasm-prone phrase must be a term with a positive weight',
  });

const multiplier = z.number().min(0).max(3);

export const modifiersSchema = z.strictObject({
  description,
  negationWindow: z.number().int().min(1).max(6),
  negators: z.array(tokenWord).refine(uniqueBy(String), 'no duplicates'),
  negation: z.number().min(0).max(3),
  intensifiers: z.record(tokenWord, multiplier),
  contrast: z.array(tokenWord).refine(uniqueBy(String), 'no duplicates'),
  beforeContrast: multiplier,
  afterContrast: multiplier,
  negatedPositive: z.number().min(-2).max(0),
  negatedNegative: z.number().min(-2).max(0),
  capitals: multiplier,
  sarcasmThreshold: z.number().min(0),
  sarcasm: z.number().min(-2).max(0),
});

/** How loud a customer must write to shout: the options of the shared check (`text/find-shouting.ts`). */
export const shoutingSchema = z.strictObject({
  description,
  minWords: z.number().int().min(1),
  minLettersAlone: z.number().int().min(2),
  /** A past-tense verb the word lexicon knows shouts alone from this many letters: what was done, insisted on ("I was LIED to"). */
  minLettersKnownAlone: z.number().int().min(2),
  minRun: z.number().int().min(2),
  enthusiasmMaxRun: z.number().int().min(1),
  /** Shouting in a customer's message (`shouted`: every span found), and none. */
  examples: z.strictObject({
    match: z.array(z.strictObject({ text: z.string().min(1), shouted: z.array(z.string().min(1)).min(1) })).min(1),
    noMatch: z.array(z.string().min(1)).min(1),
  }),
});

export const intensitySchema = z
  .strictObject({
    description,
    positiveWeight: z.number().min(0).max(2),
    exclamation: z.number().min(0).max(1),
    maxExclamations: z.number().int().min(0),
    politeness: z.number().min(0).max(3),
    maxPoliteness: z.number().int().min(0),
    lengthUnit: z.number().int().min(1),
    lengthDamping: z.number().min(0).max(1),
    center: z.number(),
    scale: z.number().positive(),
    /** Unhappy weight from which a message describes trouble, for the signal rules that need it (`onlyWithTrouble`). */
    troubleForStakes: z.number().min(0),
    /** How far happy evidence must exceed unhappy for a message to be plainly content, so that no signal's floor applies. */
    contentMargin: z.number().min(0),
    /** Worry in the customer's own words: they are concerned, not frustrated, unless a signal says more. */
    worry: z.strictObject({ patterns: z.array(pattern).min(1), examples }),
    signalWeights: z.record(signalKindSchema, z.number().min(0).max(5)),
    thresholds: z.strictObject({ concerned: z.number(), frustrated: z.number(), angry: z.number() }),
  })
  .refine(({ thresholds: t }) => 0 < t.concerned && t.concerned < t.frustrated && t.frustrated < t.angry && t.angry < 1, {
    message: 'thresholds must rise within 0..1',
  });

const cueList = z.strictObject({ patterns: z.array(pattern).min(1), examples });

export const moodCuesSchema = z.strictObject({
  description,
  /** Points of hostility a message needs to read as angry. */
  hostilityForAngry: z.number().int().min(1),
  /** Upset added by each point of hostility beyond the first. */
  hostilityWeight: z.number().min(0).max(3),
  /** Points of hostility each signal kind gives by itself. */
  hostileSignals: z.partialRecord(signalKindSchema, z.number().int().min(1).max(3)),
  /** Unhappy weight a message needs besides mocking praise for the praise to be sarcasm. */
  problemForSarcasm: z.number().min(0),
  complaint: cueList,
  hostility: cueList,
  downplay: cueList,
  stakes: cueList,
  sarcasm: cueList,
  /** Praise words that, alone in a short sentence of a complaint, mock. */
  praiseAlone: z.array(tokenWord).min(1),
  /** Hashtags that say the praise before them is irony ("#not"), written without the "#". */
  ironyTags: z.array(tokenWord).min(1),
  /** Words that report what went wrong: their weight is trouble, not judgement of the service. */
  problemFacts: z.array(tokenWord).min(1),
  /** Unhappy weight of judging words from which a message complains without a complaint phrase. */
  judgingForComplaint: z.number().min(0),
});

/** One schema per file name in `lexicons/customer/`; a file without a schema is an error. */
export const customerLexiconSchemas: Record<string, z.ZodType> = {
  'signals.json': signalsSchema,
  'complaint-language.json': complaintLanguageSchema,
  'modifiers.json': modifiersSchema,
  'shouting.json': shoutingSchema,
  'intensity.json': intensitySchema,
  'mood-cues.json': moodCuesSchema,
};
