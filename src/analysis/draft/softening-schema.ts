import { z } from 'zod';
import { categoryIds, severitySchema } from '../rules/rule-pack-schema';
import { checklistIdSchema } from '../checklist/checklist-schema';

/**
 * The schema of `lexicons/playbook/softening.json`: a limit followed by an alternative is not a dead end. A finding of
 * one of `categories` or `rules` is lowered to `level` when evidence of one of `evidence`, or a match of one of `alternatives`, follows it in its sentence
 * or sits in the next one.
 */
export const softeningSchema = z.strictObject({
  description: z.string().trim().min(1),
  categories: z.array(z.enum(categoryIds)),
  rules: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  evidence: z.array(checklistIdSchema).min(1),
  /** Ways forward the checklist does not count as a solution: somewhere else to turn, something to read, a wait with news. */
  alternatives: z.array(z.string().trim().min(1)),
  level: severitySchema,
  /** A draft, a rule that flags it, and the severity that finding ends with. */
  examples: z.array(z.strictObject({ draft: z.string().trim().min(1), ruleId: z.string(), severity: severitySchema })).min(1),
});

export type Softening = z.input<typeof softeningSchema>;
