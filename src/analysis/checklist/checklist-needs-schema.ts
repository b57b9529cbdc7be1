import { z } from 'zod';
import { categoryIds } from '../rules/rule-pack-schema';
import { checklistIdSchema } from './checklist-schema';
import { moodSchema as mood, signalKindSchema as signalKind } from '../customer/customer-lexicon-schema';

const items = z.array(checklistIdSchema).min(1);

/** The schema of `lexicons/playbook/checklist-needs.json`: which checklist items a reply needs, and what discounts them. */
export const checklistNeedsSchema = z.strictObject({
  description: z.string().trim().min(1),
  /** Read as this mood when the customer's message is not known. */
  moodWhenUnknown: mood,
  byMood: z.record(mood, items),
  /** Items needed beyond the mood's, when every condition given holds: the mood is one of `moods`, a signal one of `signals`, and `unsolved` means the reply says it cannot help or offers no solution. */
  situations: z
    .array(z.strictObject({ why: z.string().trim().min(1), moods: z.array(mood).min(1).optional(), signals: z.array(signalKind).min(1).optional(), unsolved: z.literal(true).optional(), needs: items }))
    .min(1),
  /** Evidence for an item that a finding of one of these categories overlaps does not count. */
  discountedBy: z.partialRecord(checklistIdSchema, z.array(z.enum(categoryIds)).min(1)),
  /** Evidence for these items that comes before the agent says, in the same sentence, they cannot help does not count. */
  formulaBeforeRefusal: z.strictObject({ why: z.string().trim().min(1), items }),
  /** The customer and the reply in, the items needed out, in checklist order. */
  examples: z
    .array(z.strictObject({ mood: mood.optional(), signals: z.array(signalKind), solution: z.boolean(), inability: z.boolean().optional(), needed: z.array(checklistIdSchema) }))
    .min(1),
});

export type ChecklistNeeds = z.input<typeof checklistNeedsSchema>;
