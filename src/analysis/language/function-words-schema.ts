import { z } from 'zod';

/** Languages the function-word lexicon knows: English, which Tactful coaches, and those the adapters read. */
export const languageCodes = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl'] as const;

const words = z.array(z.string().regex(/^[\p{Ll}'’]+$/u, 'lower-case letters only')).min(20);

export const functionWordsSchema = z
  .object({
    description: z.string(),
    languages: z.record(z.enum(languageCodes), words),
    /** Paragraphs that must be read as each language: they run as tests. */
    examples: z.record(z.enum(languageCodes), z.array(z.string()).min(1)),
  })
  .superRefine((lexicon, context) => {
    for (const [language, list] of Object.entries(lexicon.languages)) {
      const seen = new Set<string>();
      for (const word of list) {
        if (seen.has(word)) context.addIssue({ code: 'custom', path: ['languages', language], message: `"${word}" is listed twice` });
        seen.add(word);
      }
    }
  });

export type FunctionWords = z.infer<typeof functionWordsSchema>;
export type LanguageCode = (typeof languageCodes)[number];
