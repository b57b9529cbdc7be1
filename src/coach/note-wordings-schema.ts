import { z } from 'zod';

const label = z.string().trim().min(1);

/** The schema of `lexicons/playbook/note-wordings.json`: per language, the labels that name an internal note. */
export const noteWordingsSchema = z.strictObject({
  description: label,
  languages: z.record(
    z.string().regex(/^[a-z]{2}$/, 'a language is its two-letter code'),
    z.strictObject({
      /** Lower-case, words separated by single spaces. */
      wordings: z.array(z.string().regex(/^\p{Ll}+(?: \p{Ll}+)*$/u, 'lower-case words separated by single spaces')).min(1),
      examples: z.strictObject({ note: z.array(label).min(1), notNote: z.array(label).min(1) }),
    }),
  ),
});

export type NoteWordings = z.input<typeof noteWordingsSchema>;
