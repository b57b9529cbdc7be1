import type { Severity } from '../types';
import type { ToneFeatures } from './sentence-tone-features';
import { toneLexicon } from './tone-lexicon';

const { scoring } = toneLexicon;

/**
 * The draft's tone, 0..100, higher is more courteous. Courtesy and rudeness are summed over sentences rather than
 * averaged, so a courteous sentence never dilutes into a lower score and a rude one is not excused by a long reply;
 * each saturates so that no single marker decides the score.
 */
export function scoreTone(sentences: ToneFeatures[], findings: ReadonlyArray<{ severity: Severity }>): number {
  let courtesy = 0;
  let rudeness = 0;
  for (const features of sentences) {
    const sentiment = Math.max(-scoring.sentimentCap, Math.min(scoring.sentimentCap, features.sentiment));
    courtesy += features.courtesy + scoring.positiveSentimentWeight * Math.max(0, sentiment);
    rudeness += features.rudeness + scoring.negativeSentimentWeight * Math.max(0, -sentiment);
  }
  const penalty = findings.reduce((sum, finding) => sum + scoring.findingPenalty[finding.severity], 0);
  const tone =
    scoring.neutral +
    scoring.courtesyRange * (1 - Math.exp(-courtesy / scoring.courtesyScale)) -
    scoring.rudenessRange * (1 - Math.exp(-rudeness / scoring.rudenessScale)) -
    penalty;
  return Math.max(0, Math.min(100, tone));
}
