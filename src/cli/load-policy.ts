import type { AnalysisPolicy } from '../analysis/analysis-policy';
import { toAnalysisPolicy, settingsOf, type TeamPolicy } from '../policy/policy-schema';
import { formatIssues } from '../policy/policy-issue';
import { validatePolicy } from '../policy/validate-policy';
import { InputError } from './input-error';
import type { InputSource } from './parse-args';
import { readInput } from './read-input';

/** A policy file's JSON, not yet validated. */
export async function readPolicyJson(source: InputSource): Promise<unknown> {
  const content = await readInput(source, 'policy');
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new InputError(`policy ${source} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads and validates a policy file with the extension's own schema; every problem is reported at once, on one line. */
export async function loadTeamPolicy(source: InputSource): Promise<TeamPolicy> {
  const result = validatePolicy(await readPolicyJson(source));
  if (!result.ok) throw new InputError(`invalid policy ${source}: ${formatIssues(result.issues)}`);
  return result.value;
}

/** The engine's part of a policy file, for `tactful check --policy`. */
export async function loadPolicy(source: InputSource): Promise<AnalysisPolicy> {
  return toAnalysisPolicy(settingsOf(await loadTeamPolicy(source)));
}
