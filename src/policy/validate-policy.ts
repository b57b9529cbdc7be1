import { policyVersion, teamPolicySchema, type TeamPolicy } from './policy-schema';
import { preferencesSchema, type Preferences } from './preferences-schema';
import { toPolicyIssues, type PolicyIssue } from './policy-issue';

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: PolicyIssue[] };

/**
 * Brings an older policy file to the current format before it is validated. Version 1 is the first with a
 * `version`; the files `tactful check --policy` read before it had none and the same fields, so they only
 * gain the version. A later format adds its step here.
 */
export function migratePolicy(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  if (!('version' in input)) return { version: policyVersion, ...input };
  return input;
}

/** Validates a team policy (parsed JSON), migrated first; refused with every reason at once. */
export function validatePolicy(input: unknown): Validated<TeamPolicy> {
  const result = teamPolicySchema.safeParse(migratePolicy(input), { reportInput: true });
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: toPolicyIssues(result.error.issues) };
}

/** Validates a policy file's text: JSON first, then the policy. */
export function validatePolicyText(text: string): Validated<TeamPolicy> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ path: '(top level)', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  return validatePolicy(json);
}

/** Validates the agent's own settings, as stored or as edited in the options page. */
export function validatePreferences(input: unknown): Validated<Preferences> {
  const result = preferencesSchema.safeParse(input, { reportInput: true });
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: toPolicyIssues(result.error.issues) };
}
