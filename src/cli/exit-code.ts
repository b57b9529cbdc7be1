import type { DraftAnalysis } from '../analysis/types';

/** The exit codes `tactful check` documents in its usage text. */
export const exitCode = {
  ok: 0,
  errorFinding: 1,
  badInput: 2,
} as const;

export function hasErrorFinding(analysis: DraftAnalysis): boolean {
  return analysis.findings.some((finding) => finding.severity === 'error');
}
