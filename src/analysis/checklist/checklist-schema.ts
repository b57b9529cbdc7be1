import { z } from 'zod';
import { checklistIds } from './checklist-ids';

export const checklistIdSchema = z.enum(checklistIds);
const pattern = z.string().trim().min(1);
const text = z.string().trim().min(1);

/** The schema of `lexicons/checklist.json`: what counts as each playbook element, and how to ask for it. */
export const checklistLexiconSchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        id: checklistIdSchema,
        title: text,
        /** Shown when the reply needs the element and lacks it. */
        missingHint: text,
        /** Shown when the customer's state does not call for it. */
        notNeededHint: text,
        /** Wording that shows the element, in compromise's match syntax; the id names it in the element's evidence. */
        patterns: z.array(z.strictObject({ id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), pattern })).min(1),
        exceptions: z.array(pattern).default([]),
        examples: z.strictObject({ match: z.array(text).min(1), noMatch: z.array(text).min(1) }),
      }),
    )
    .length(checklistIds.length),
  /** Wording by which the agent says they cannot solve it: an upset customer then needs an escalation offer. */
  inability: z.array(pattern).min(1),
});

export type ChecklistLexicon = z.input<typeof checklistLexiconSchema>;
