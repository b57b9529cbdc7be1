import type { Finding } from '../analysis/types';
import { severityWeight } from '../analysis/rules/severities';

/**
 * The finding under a caret offset: the caret touches a phrase from its first character to its last one,
 * but not just after it, so typing on past a phrase does not pop its card. The most severe wins.
 */
export function findingAt(findings: readonly Finding[], offset: number): Finding | null {
  let best: Finding | null = null;
  for (const finding of findings) {
    if (offset < finding.start || offset >= finding.end) continue;
    if (!best || severityWeight(finding.severity) > severityWeight(best.severity)) best = finding;
  }
  return best;
}
