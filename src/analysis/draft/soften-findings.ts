import type { Finding } from '../types';
import { severityWeight } from '../rules/severities';
import type { Softening } from './softening-schema';
import type { Alternative } from './find-alternatives';

/** One sentence's findings and the alternatives it offers, offsets into the draft. */
export interface SentenceResult {
  findings: readonly Finding[];
  alternatives: readonly Alternative[];
}

const names = (finding: Finding, group: Softening['dropped']): boolean =>
  group.categories.includes(finding.category) || group.rules.includes(finding.ruleId);

/**
 * The findings of a draft's sentences, in order, with those that a following alternative answers dropped or lowered:
 * "I can't change the fare class, but what I can do is ..." states a limit and turns to a way forward; "We can't.
 * You can check online." only points to one. Across sentences, so after the cache.
 */
export function softenFindings(sentences: readonly SentenceResult[], softening: Softening): Finding[] {
  return sentences.flatMap(({ findings }, index) =>
    findings.flatMap((finding) => {
      const following = [
        ...sentences[index]!.alternatives.filter((alternative) => alternative.start >= finding.end),
        ...(sentences[index + 1]?.alternatives ?? []),
      ];
      if (names(finding, softening.dropped) && following.some((alternative) => alternative.turn)) return [];
      const softens = names(finding, softening.softened) && severityWeight(finding.severity) > severityWeight(softening.level);
      return softens && following.length > 0 ? [{ ...finding, severity: softening.level }] : [finding];
    }),
  );
}
