import { z } from 'zod';
import type { AnalysisPolicy } from '../analysis/analysis-policy';
import type { ChecklistId } from '../analysis/types';
import { categoryIds, severitySchema } from '../analysis/rules/rule-pack-schema';
import { parsePattern } from '../analysis/rules/pattern';
import { phrasePattern } from '../analysis/rules/compile-rules';

/** Keyed by checklist id, so the compiler insists on every item the engine has and no other. */
const checklistItems: Record<ChecklistId, true> = {
  empathy: true,
  apology: true,
  ownership: true,
  solution: true,
  'next-steps': true,
  'follow-up': true,
  escalation: true,
};

const text = z.string().trim().min(1, 'must not be empty');
const level = z.enum([...severitySchema.options, 'off']);

/** An object with some of `keys`; zod would say only "Invalid key in record" for another key, so name the choices. */
function partialRecordOf<Key extends string, Value extends z.ZodType>(keys: readonly Key[], value: Value) {
  return z.partialRecord(z.enum(keys as [Key, ...Key[]]), value, {
    error: (issue) => (issue.code === 'invalid_key' ? `unknown key; expected one of ${keys.join(', ')}` : undefined),
  });
}

/**
 * Checked with the engine's own compilers, so a policy that passes here also compiles in the engine
 * instead of throwing a stack trace at the first draft.
 */
function compilesWith(compile: (source: string) => unknown) {
  return text.superRefine((source, context) => {
    try {
      compile(source);
    } catch (error) {
      context.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
    }
  });
}

const phrase = compilesWith(phrasePattern);
const pattern = compilesWith(parsePattern);

const customRuleSchema = z
  .strictObject({
    id: z.string().regex(/^team-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a team rule id is "team-" then lower-case words joined by hyphens'),
    phrases: z.array(phrase),
    patterns: z.array(pattern).optional(),
    exceptions: z.array(pattern).optional(),
    category: z.enum(categoryIds),
    severity: severitySchema,
    message: text,
    suggestions: z.array(text),
  })
  .refine((rule) => rule.phrases.length > 0 || (rule.patterns?.length ?? 0) > 0, {
    message: 'a team rule needs at least one phrase or pattern',
    path: ['phrases'],
  });

/** The policy file `tactful check --policy` reads: the engine's `AnalysisPolicy`, strictly, so typos in keys are caught. */
export const policySchema = z.strictObject({
  categories: partialRecordOf(categoryIds, level).optional(),
  disabledRules: z.array(text).optional(),
  custom: z.array(customRuleSchema).optional(),
  vocabulary: z.strictObject({ accept: z.array(phrase).optional() }).optional(),
  checklist: partialRecordOf(Object.keys(checklistItems) as ChecklistId[], z.boolean()).optional(),
}) satisfies z.ZodType<AnalysisPolicy>;
