import type { z } from 'zod';

/** One reason a policy is refused: where in the file, and what is wrong there. */
export interface PolicyIssue {
  /** As the user would find it in their JSON: `custom[0].phrases[2]`, or "(top level)". */
  path: string;
  message: string;
}

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

export function toPolicyIssues(issues: readonly z.core.$ZodIssue[]): PolicyIssue[] {
  return issues.map((issue) => ({ path: formatIssuePath(issue.path), message: describeIssue(issue) }));
}

/** Every issue on one line, for the CLI and for logs. */
export function formatIssues(issues: readonly PolicyIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
}
