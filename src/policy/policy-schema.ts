import { z } from 'zod';
import { defaultSendPolicy } from './default-send-policy';
import type { AnalysisPolicy, RequiredElement } from '../analysis/analysis-policy';
import { checklistIds } from '../analysis/checklist/checklist-ids';
import { categoryIds, severitySchema } from '../analysis/rules/rule-pack-schema';
import { parsePattern } from '../analysis/rules/pattern';
import { phrasePattern } from '../analysis/rules/compile-rules';

/**
 * The team policy: the single source of truth for its shape. The options page, the stored copies, managed
 * storage and the CLI all validate with it, and the manifest's `storage.managed_schema` is generated from it.
 */

// zod's English messages are set up by a side effect of its entry module, which bundlers drop (zod declares
// no side effects): without this, the options page would say only "Invalid input".
z.config(z.locales.en());

/** The policy format this Tactful reads; a file without `version` is the CLI's format from before, read as version 1. */
export const policyVersion = 1;

export { checklistIds };

/** The settings a policy can set, and lock against the agent's own preferences. */
export const settingKeys = ['categories', 'disabledRules', 'custom', 'vocabulary', 'required', 'checklist', 'sites', 'beforeSend', 'allowSendAnyway', 'holdNotes'] as const;
export type SettingKey = (typeof settingKeys)[number];

const text = z.string().trim().min(1, 'must not be empty');
export const levelSchema = z.enum([...severitySchema.options, 'off']);
export type Level = z.infer<typeof levelSchema>;

/** An object with some of `keys`; zod would say only "Invalid key in record" for another key, so name the choices. */
function partialRecordOf<Key extends string, Value extends z.ZodType>(keys: readonly Key[], value: Value) {
  return z.partialRecord(z.enum(keys as [Key, ...Key[]]), value, {
    error: (issue) => (issue.code === 'invalid_key' ? `unknown key; expected one of ${keys.join(', ')}` : undefined),
  });
}

/**
 * Checked with the engine's own compilers, so a policy that passes here also compiles in the engine
 * instead of throwing at the first draft.
 */
function compilesWith(compile: (source: string) => unknown) {
  return text.superRefine((source, context) => {
    // zod runs this check even after "must not be empty" failed; one reason a field is enough.
    if (source === '') return;
    try {
      compile(source);
    } catch (error) {
      context.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
    }
  });
}

const phrase = compilesWith(phrasePattern);
const pattern = compilesWith(parsePattern);
const regex = compilesWith((source) => new RegExp(source, 'iu'));

export const customRuleSchema = z
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

const requiredId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case words joined by hyphens');
const requiredCommon = { id: requiredId.optional(), title: text.optional(), hint: text.optional() };

export const requiredElementSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...requiredCommon, kind: z.literal('greeting') }),
  z.strictObject({ ...requiredCommon, kind: z.literal('sign-off'), phrases: z.array(phrase).min(1).optional() }),
  z.strictObject({ ...requiredCommon, kind: z.literal('ticket-reference'), regex: regex.optional() }),
  z.strictObject({ ...requiredCommon, id: requiredId, kind: z.literal('phrase'), phrases: z.array(phrase).min(1) }),
  z.strictObject({ ...requiredCommon, id: requiredId, kind: z.literal('regex'), regex }),
]) satisfies z.ZodType<RequiredElement>;

/** `*` (every site), `example.com` (it and its subdomains) or `*.example.com` (its subdomains only). */
const hostPattern = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?:\*|(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*)$/, 'a host pattern is "*", a host name such as "example.com", or "*.example.com"');

export const sitesSchema = z.strictObject({
  /** When not empty, coaching runs only on these sites. */
  allow: z.array(hostPattern).optional(),
  /** Coaching never runs on these sites; the deny list wins over the allow list. */
  deny: z.array(hostPattern).optional(),
});
export type Sites = z.infer<typeof sitesSchema>;

/**
 * What holds a public reply at Send for a last look: nothing, errors left, errors or warnings left, or those and the
 * checklist items a frustrated or angry customer needs.
 */
export const beforeSendLevels = ['off', 'errors', 'warnings', 'warnings+checklist'] as const;
export const beforeSendSchema = z.enum(beforeSendLevels);
export type BeforeSend = z.infer<typeof beforeSendSchema>;

/** What the policy can set; the agent's preferences share all of it but `disabledRules` (see preferences-schema.ts). */
export const settingsShape = {
  categories: partialRecordOf(categoryIds, levelSchema).optional(),
  disabledRules: z.array(text).optional(),
  custom: z.array(customRuleSchema).optional(),
  vocabulary: z.strictObject({ accept: z.array(phrase).optional() }).optional(),
  required: z.array(requiredElementSchema).optional(),
  checklist: partialRecordOf([...checklistIds], z.boolean()).optional(),
  sites: sitesSchema.optional(),
  beforeSend: beforeSendSchema.optional(),
  /** False: a send held with an error left cannot go until the error is fixed. */
  allowSendAnyway: z.boolean().optional(),
  /** True: internal notes are held at Send like public replies (by default they go at once: they reach colleagues only). */
  holdNotes: z.boolean().optional(),
};

/** Two team rules or two required elements with one id would be indistinguishable in findings and checklists. */
function uniqueIds(settings: { custom?: { id: unknown }[]; required?: { id?: unknown; kind: unknown }[] }, context: z.RefinementCtx): void {
  const check = (key: 'custom' | 'required', ids: string[]): void => {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id)) context.addIssue({ code: 'custom', path: [key, index, 'id'], message: `the id "${id}" is used twice` });
      seen.add(id);
    });
  };
  check('custom', (settings.custom ?? []).flatMap((rule) => (typeof rule?.id === 'string' ? [rule.id] : [])));
  check('required', (settings.required ?? []).flatMap((element) => {
    const id = element?.id ?? element?.kind;
    return typeof id === 'string' ? [id] : [];
  }));
}

/**
 * zod skips an object's refinements once a field has an issue; this one reads only the ids, which it checks
 * itself, so it always runs and a refused policy lists duplicates with every other reason.
 */
export function uniqueIdsCheck() {
  const check = z.superRefine(uniqueIds);
  check._zod.def.when = (payload) => typeof payload.value === 'object' && payload.value !== null;
  return check;
}

export const teamPolicySchema = z
  .strictObject({
    version: z.literal(policyVersion, { error: `this Tactful reads policy version ${policyVersion}` }),
    /** Named in the options page where a setting is locked: "Locked by <name>". */
    name: text.optional(),
    ...settingsShape,
    /** Settings the agent may not change; a managed policy also locks every setting it sets. */
    locked: z.array(z.enum(settingKeys)).optional(),
  })
  .check(uniqueIdsCheck());
export type TeamPolicy = z.infer<typeof teamPolicySchema>;
/** What a policy sets, without its own version, name and locks. */
export type PolicySettings = Omit<TeamPolicy, 'version' | 'name' | 'locked'>;

/** How sends are held, with the built-in defaults for what the layers leave unset. */
export interface SendPolicy {
  beforeSend: BeforeSend;
  allowSendAnyway: boolean;
  holdNotes: boolean;
}

export { defaultSendPolicy };

export function toSendPolicy(settings: PolicySettings): SendPolicy {
  return {
    beforeSend: settings.beforeSend ?? defaultSendPolicy.beforeSend,
    allowSendAnyway: settings.allowSendAnyway ?? defaultSendPolicy.allowSendAnyway,
    holdNotes: settings.holdNotes ?? defaultSendPolicy.holdNotes,
  };
}

/** The engine's part of the settings: sites and locks are the extension's business, not the analyser's. */
export function toAnalysisPolicy(settings: PolicySettings): AnalysisPolicy {
  const { categories, disabledRules, custom, vocabulary, required, checklist } = settings;
  return { categories, disabledRules, custom, vocabulary, required, checklist };
}

/** The settings a team policy holds, without its own version, name and locks. */
export function settingsOf(policy: TeamPolicy): PolicySettings {
  const { version: _version, name: _name, locked: _locked, ...settings } = policy;
  return settings;
}
