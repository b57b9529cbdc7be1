import type { z } from 'zod';
import type { AnalysisPolicy } from '../analysis/analysis-policy';
import { InputError } from './input-error';
import type { InputSource } from './parse-args';
import { policySchema } from './policy-schema';
import { readInput } from './read-input';

/** `custom[0].phrases[2]`: the path as the user would find it in their JSON. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let formatted = '';
  for (const key of path) {
    if (typeof key === 'number') formatted += `[${key}]`;
    else formatted += formatted === '' ? String(key) : `.${String(key)}`;
  }
  return formatted || '(top level)';
}

function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`).join('; ');
}

/** Reads and validates a policy file; every problem is reported at once, with its path, on one line. */
export async function loadPolicy(source: InputSource): Promise<AnalysisPolicy> {
  const content = await readInput(source, 'policy');
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    throw new InputError(`policy ${source} is not valid JSON: ${(error as Error).message}`);
  }
  const result = policySchema.safeParse(json);
  if (!result.success) throw new InputError(`invalid policy ${source}: ${formatIssues(result.error.issues)}`);
  return result.data;
}
