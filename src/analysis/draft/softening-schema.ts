import { z } from 'zod';
import { categoryIds, severitySchema } from '../rules/rule-pack-schema';
import { checklistIdSchema } from '../checklist/checklist-schema';

const ruleId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
/** Findings by category or by rule. */
const findingsOf = z.strictObject({ categories: z.array(z.enum(categoryIds)), rules: z.array(ruleId) });

/**
 * The schema of `lexicons/playbook/softening.json`: a limit followed by an alternative is not a dead end. When evidence
 * of one of `evidence`, or a match of one of `alternatives` or `turns`, follows a finding in its sentence or sits in the
 * next one, a finding of `softened` is lowered to `level`; when a match of `turns` does, a finding of `dropped` is no finding.
 */
export const softeningSchema = z.strictObject({
  description: z.string().trim().min(1),
  dropped: findingsOf,
  softened: findingsOf,
  evidence: z.array(checklistIdSchema).min(1),
  /** Ways forward the checklist does not count as a solution: somewhere else to turn, something to read, a wait with news. */
  alternatives: z.array(z.string().trim().min(1)),
  /** A contrast that turns a no into a way forward: "but I can", "what I can do is", "however, there is another option". */
  turns: z.array(z.string().trim().min(1)).min(1),
  level: severitySchema,
  /** A draft, a rule that flags it, and the severity that finding ends with ("none": it is dropped). */
  examples: z.array(z.strictObject({ draft: z.string().trim().min(1), ruleId: z.string(), severity: z.union([severitySchema, z.literal('none')]) })).min(1),
});

export type Softening = z.input<typeof softeningSchema>;
