import { z } from 'zod';
import { parsePattern } from '../rules/pattern';
import { tokenize } from './tokenize';

/*
 * The shape of every file in `lexicons/text/`, for tests and scripts only: the engine imports the JSON as is (see
 * `text-lexicon.ts`) with the types inferred here, imported as types only so zod stays out of the extension bundle.
 */

const description = z.string().min(20);
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case');
const text = z.string().min(1);
const unique = (items: readonly string[]) => new Set(items).size === items.length;

export const lowerWord = z.string().regex(/^[\p{Ll}\p{N}' ]+$/u, 'lower-case words');
const lowerWords = z.array(lowerWord).refine(unique, 'no duplicates');

/** A word looked up by a token's normal form: one token as the tokenizer reads it ("can't" is two, "can" and "not"). */
export const tokenWord = lowerWord.refine(
  (value) => {
    const tokens = tokenize(value);
    return tokens.length === 1 && tokens[0]!.normal === value;
  },
  { message: 'one word as the tokenizer reads it (a contraction is split: list its parts, "not" covers every n\'t)' },
);

/** A line pattern (the pattern syntax over one line, punctuation marks as tokens): it starts with `^`, at the line's start. */
const linePattern = z
  .string()
  .startsWith('^', 'a line pattern is anchored at the start of the line')
  .superRefine((source, context) => {
    try {
      parsePattern(source, 'line');
    } catch (error) {
      context.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
    }
  });

export const quotedHistorySchema = z.strictObject({
  description,
  patterns: z
    .array(
      z.strictObject({
        id,
        /** `quote`: this line only; `history` (earlier mail) and `signature`: this line and every line after it. */
        kind: z.enum(['quote', 'history', 'signature']),
        line: linePattern,
        /** A second line that must follow within `within` lines: a header block, a line wrapped in two. */
        followedBy: z.strictObject({ line: linePattern, within: z.number().int().min(1).max(5) }).optional(),
        examples: z.strictObject({ match: z.array(text).min(1), noMatch: z.array(text).min(1) }),
      }),
    )
    .min(1)
    .refine((patterns) => new Set(patterns.map((pattern) => pattern.id)).size === patterns.length, 'pattern ids must be unique'),
});

export const signOffsSchema = z.strictObject({
  description,
  /** Closings, lower case: "kind regards", "thanks". */
  closings: lowerWords.refine((items) => items.length > 0, 'at least one closing'),
  /** Words that may follow a closing, or end a message, but are not a name: "Thanks, team", "Still waiting". */
  notNames: lowerWords,
  maxNameWords: z.number().int().min(1).max(5),
  examples: z.strictObject({
    /** Where the agent's own text ends, before the signature. */
    signature: z.strictObject({ match: z.array(z.strictObject({ text, ownText: z.string() })).min(1), noMatch: z.array(text).min(1) }),
    /** Drafts that have, or lack, a sign-off for a required sign-off without phrases of the team's own. */
    requiredSignOff: z.strictObject({ match: z.array(text).min(1), noMatch: z.array(text).min(1) }),
    /** The name a customer signs with, or none. */
    customerName: z.strictObject({ match: z.array(z.strictObject({ text, name: text })).min(1), noMatch: z.array(text).min(1) }),
  }),
});

/** The product's own token tags that `token-classes.json` fills in (docs/lexicons.md, token tags), beside its word classes. */
const productTokenTags = ['Count', 'Nth', 'TimeCount', 'Money', 'Code'];
const tagName = z.string().regex(/^[A-Z][A-Za-z]*$/, 'a tag is a capitalised word, as in #Workplace');
/** A word of `text` and a tag it must have (`match`) or must not have (`noMatch`). */
const tokenTagExample = z.strictObject({ text, word: text, tag: tagName });

export const tokenClassesSchema = z
  .strictObject({
    description,
    counts: z.array(tokenWord).refine(unique, 'no duplicates'),
    ordinals: z.array(tokenWord).refine(unique, 'no duplicates'),
    durationUnits: lowerWords,
    /** Word classes: each word of a class gets the class's name as a tag, for patterns to name a meaning ("#Workplace"). */
    classes: z.record(tagName, z.array(tokenWord).min(2).refine(unique, 'no duplicates')),
    examples: z.strictObject({ match: z.array(tokenTagExample).min(1), noMatch: z.array(tokenTagExample).min(1) }),
  })
  .superRefine((lexicon, context) => {
    const known = new Set([...productTokenTags, ...Object.keys(lexicon.classes)]);
    for (const example of [...lexicon.examples.match, ...lexicon.examples.noMatch]) {
      if (!known.has(example.tag)) context.addIssue({ code: 'custom', message: `#${example.tag} is neither a product tag nor a class` });
    }
    for (const name of Object.keys(lexicon.classes)) {
      if (!lexicon.examples.match.some((example) => example.tag === name) || !lexicon.examples.noMatch.some((example) => example.tag === name)) {
        context.addIssue({ code: 'custom', message: `class ${name} needs an example that must match and one that must not` });
      }
    }
  });

const letters = (what: string) => z.array(z.string().regex(/^[a-z]+$/, `${what} are lower-case letters`)).refine(unique, 'no duplicates');

export const shoutingSchema = z.strictObject({
  description,
  /** Acronyms and abbreviations in capitals: never a raised voice. Codes need no entry: a digit or a joiner tells them. */
  acronyms: letters('acronyms (codes with a digit, "-", ".", "&" or ":" are identifiers already)').refine(
    (list) => list.every((item, i) => i === 0 || list[i - 1]! < item),
    'keep acronyms sorted',
  ),
  /** Short words that shout on their own in capitals ("NOT", "ALL", "DON'T"). */
  emphasisWords: z.array(z.string().regex(/^[a-z']+$/, "lower-case letters and '")).refine(unique, 'no duplicates'),
  /** Words after which a lone word in capitals is a label to click or type ("tap ACTIVATE", "the status reads PENDING"). */
  labelCues: letters('label cues'),
  /** Words after which a lone noun in capitals names a scheme, a body or a format ("by CHAPS", "in CAPS"). */
  nameCues: letters('name cues'),
  /** Thanks and praise: a short run of "!" after one of them in its sentence is warmth ("Thanks so much!!"). */
  enthusiasmWords: letters('enthusiasm words'),
  /** Words in capitals that no word list knows, none longer than this, are acronyms though unlisted ("BCBS PPO"). */
  unlistedAcronymMaxLetters: z.number().int().min(2).max(6),
  /** Codes of US states and Canadian provinces: one in capitals right after a place name is an address ("Portland OR"). */
  regionCodes: letters('region codes').refine((list) => list.every((item) => item.length === 2), 'two letters'),
  /** Shouting on both sides (`shouted`: what is found) and not on either. */
  examples: z.strictObject({
    match: z.array(z.strictObject({ text, shouted: z.array(text).min(1) })).min(1),
    noMatch: z.array(text).min(1),
  }),
});

/**
 * Named word sets that patterns reference as `@name` (docs/lexicons.md): a family of meaning written once, as the
 * words and phrases that say it, for every rule that needs it. An entry is plain words, several for a phrase.
 */
export const wordSetsSchema = z.strictObject({
  description,
  sets: z.record(
    id,
    z.strictObject({
      description: text,
      words: z.array(z.string().regex(/^[\p{Ll}\p{N}'&-]+(?: [\p{Ll}\p{N}'&-]+)*$/u, 'lower-case words, one space between them')).min(2).refine(unique, 'no duplicates'),
    }),
  ),
});

/** One schema per file name in `lexicons/text/`; a file without a schema is an error. */
export const textLexiconSchemas: Record<string, z.ZodType> = {
  'quoted-history.json': quotedHistorySchema,
  'sign-offs.json': signOffsSchema,
  'token-classes.json': tokenClassesSchema,
  'shouting.json': shoutingSchema,
  'word-sets.json': wordSetsSchema,
};
