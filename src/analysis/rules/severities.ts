/** The severities, the most severe first: the one order for sorting findings, picking the worst and relaxing a level. */
export const severities = ['error', 'warning', 'suggestion'] as const;

/** Higher is more severe; `off` is below every severity. */
export function severityWeight(level: (typeof severities)[number] | 'off'): number {
  return level === 'off' ? 0 : severities.length - severities.indexOf(level);
}
