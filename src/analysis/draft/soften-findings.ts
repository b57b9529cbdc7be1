import type { Finding } from '../types';
import { severityWeight } from '../rules/severities';
import type { Softening } from './softening-schema';

/** One sentence's findings and the alternatives it offers, offsets into the draft. */
export interface SentenceResult {
  findings: readonly Finding[];
  alternatives: ReadonlyArray<{ start: number; end: number }>;
}

/**
 * The findings of a draft's sentences, in order, with those that a following alternative answers lowered: "I can't
 * change the fare class, but what I can do is ..." states a limit and moves on. Across sentences, so after the cache.
 */
export function softenFindings(sentences: readonly SentenceResult[], softening: Softening): Finding[] {
  const softens = (finding: Finding): boolean =>
    severityWeight(finding.severity) > severityWeight(softening.level) &&
    (softening.categories.includes(finding.category) || softening.rules.includes(finding.ruleId));
  return sentences.flatMap(({ findings }, index) =>
    findings.map((finding) => {
      if (!softens(finding)) return finding;
      const answered =
        sentences[index]!.alternatives.some((alternative) => alternative.start >= finding.end) || (sentences[index + 1]?.alternatives.length ?? 0) > 0;
      return answered ? { ...finding, severity: softening.level } : finding;
    }),
  );
}
