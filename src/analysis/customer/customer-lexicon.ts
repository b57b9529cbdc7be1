import languageProcessor from 'sentiment/lib/language-processor.js';
import signalsJson from '../../../lexicons/customer/signals.json';
import complaintLanguageJson from '../../../lexicons/customer/complaint-language.json';
import modifiersJson from '../../../lexicons/customer/modifiers.json';
import shoutingJson from '../../../lexicons/customer/shouting.json';
import intensityJson from '../../../lexicons/customer/intensity.json';
import moodCuesJson from '../../../lexicons/customer/mood-cues.json';
import type { z } from 'zod';
import type {
  complaintLanguageSchema,
  intensitySchema,
  moodCuesSchema,
  modifiersSchema,
  shoutingSchema,
  signalsSchema,
} from './customer-lexicon-schema';

/*
 * The customer lexicons as the engine reads them. The JSON files are checked against
 * `customer-lexicon-schema.ts` by the tests and scripts; the runtime trusts them and takes their types from the
 * schemas by type-only imports, so zod stays out of the extension bundle.
 */

export type SignalRule = z.infer<typeof signalsSchema>['rules'][number];

/** AFINN-165 word scores and emoji scores, as the `sentiment` package uses them. */
export const afinn: Readonly<Record<string, number>> = languageProcessor.getLabels('en');
export const signalRules = signalsJson.rules as SignalRule[];
export const complaintLanguage = complaintLanguageJson as z.infer<typeof complaintLanguageSchema>;
export const modifiers = modifiersJson as z.infer<typeof modifiersSchema>;
export const shoutingLexicon = shoutingJson as z.infer<typeof shoutingSchema>;
export const intensityLexicon = intensityJson as z.infer<typeof intensitySchema>;
export const moodCues = moodCuesJson as z.infer<typeof moodCuesSchema>;
