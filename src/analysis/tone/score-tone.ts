import type { Severity } from '../types';
import type { ToneFeatures } from './sentence-tone-features';
import { toneLexicon } from './tone-lexicon';
import type { ToneLexicon } from './tone-lexicon-schema';

/**
 * The draft's tone, 0..100, higher is more courteous. Courtesy and rudeness are summed over sentences and divided by
 * a power of the draft's length, so what counts is how dense the markers are, smoothly: one blunt word weighs less in a
 * long warm reply than in a two-line order. Courtesy is divided by a lower power, so adding a courteous sentence still
 * lifts the tone. Each saturates so that no single marker decides the score, and rudeness can pull further than
 * courtesy can lift, so "please" and "thanks" around a curt demand do not buy it a good score. `scoring` is the
 * lexicon's unless a fit of its weights (eval/fit-tone-scoring.ts) tries others.
 */
export function scoreTone(
  sentences: readonly ToneFeatures[],
  findings: ReadonlyArray<{ severity: Severity }>,
  scoring: ToneLexicon['scoring'] = toneLexicon.scoring,
): number {
  let courtesy = 0;
  let rudeness = 0;
  let characters = 0;
  for (const features of sentences) {
    const sentiment = Math.max(-scoring.sentimentCap, Math.min(scoring.sentimentCap, features.sentiment));
    courtesy += features.courtesy + scoring.positiveSentimentWeight * Math.max(0, sentiment);
    rudeness += features.rudeness + scoring.negativeSentimentWeight * Math.max(0, -sentiment);
    characters += features.length;
  }
  const length = 1 + characters / scoring.lengthScale;
  const courtesyDensity = courtesy / length ** scoring.courtesyLengthExponent;
  const rudenessDensity = rudeness / length ** scoring.rudenessLengthExponent;
  const penalty = findings.reduce((sum, finding) => sum + scoring.findingPenalty[finding.severity], 0);
  const tone =
    scoring.neutral +
    scoring.courtesyRange * (1 - Math.exp(-courtesyDensity / scoring.courtesyScale)) -
    scoring.rudenessRange * (1 - Math.exp(-rudenessDensity / scoring.rudenessScale)) -
    penalty;
  return Math.max(0, Math.min(100, tone));
}
