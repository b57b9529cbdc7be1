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

/** zod reports a missing key as a wrong value ("expected string, received undefined"); the user left it out, so say so. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined;
  return missing ? 'is required' : issue.message;
}

function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => `${formatIssuePath(issue.path)}: ${describeIssue(issue)}`).join('; ');
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
  const result = policySchema.safeParse(json, { reportInput: true });
  if (!result.success) throw new InputError(`invalid policy ${source}: ${formatIssues(result.error.issues)}`);
  return result.data;
}
