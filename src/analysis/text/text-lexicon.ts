import quotedHistoryJson from '../../../lexicons/text/quoted-history.json';
import signOffsJson from '../../../lexicons/text/sign-offs.json';
import tokenClassesJson from '../../../lexicons/text/token-classes.json';
import shoutingJson from '../../../lexicons/text/shouting.json';
import wordSetsJson from '../../../lexicons/text/word-sets.json';
import type { z } from 'zod';
import type { quotedHistorySchema, shoutingSchema, signOffsSchema, tokenClassesSchema, wordSetsSchema } from './text-lexicon-schema';

/*
 * The text lexicons as the engine reads them. The JSON files are checked against `text-lexicon-schema.ts` by the
 * tests and scripts; the runtime trusts them and takes their types from the schemas by type-only imports, so zod
 * stays out of the extension bundle.
 */

export type LinePatternData = z.infer<typeof quotedHistorySchema>['patterns'][number];

export const quotedHistoryLexicon = quotedHistoryJson as z.infer<typeof quotedHistorySchema>;
export const signOffLexicon = signOffsJson as z.infer<typeof signOffsSchema>;
export const tokenClasses = tokenClassesJson as z.infer<typeof tokenClassesSchema>;
export const shoutingLexicon = shoutingJson as z.infer<typeof shoutingSchema>;
export const wordSets = wordSetsJson as z.infer<typeof wordSetsSchema>;
