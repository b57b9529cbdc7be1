import { z } from 'zod';
import { categoryIds } from '../analysis/rules/rule-pack-schema';
import { levelSchema } from '../policy/policy-schema';

const text = z.string().trim().min(1);

/** The schema of `lexicons/playbook/note-levels.json`: each category's level in an internal note, with examples. */
export const noteLevelsSchema = z.strictObject({
  description: text,
  levels: z.record(z.enum(categoryIds), levelSchema),
  /** A category, the team's level for it when the team set one, and the level it then has in a note. */
  examples: z.array(z.strictObject({ category: z.enum(categoryIds), team: levelSchema.optional(), level: levelSchema })).min(1),
});

export type NoteLevels = z.input<typeof noteLevelsSchema>;
