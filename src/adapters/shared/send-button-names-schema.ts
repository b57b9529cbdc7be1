import { z } from 'zod';

const label = z.string().trim().min(1);

/** One language's send-button names, and labels that must and must not read as sending. */
const language = z.strictObject({
  names: z.array(z.string().regex(/^\p{Ll}+(?: \p{Ll}+)*$/u, 'lower-case words separated by single spaces')).min(1),
  examples: z.strictObject({ send: z.array(label).min(1), notSend: z.array(label).min(1) }),
});

/** The schema of `lexicons/adapters/send-button-names.json`: the seven languages the adapters read, each required. */
export const sendButtonNamesSchema = z.strictObject({
  description: label,
  longestLabel: z.number().int().min(10).max(200),
  languages: z.strictObject({ en: language, de: language, fr: language, es: language, pt: language, it: language, nl: language }),
});

export type SendButtonNames = z.input<typeof sendButtonNamesSchema>;
